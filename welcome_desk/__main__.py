"""Allow ``python -m welcome_desk``."""

from welcome_desk.cli import main

raise SystemExit(main())
