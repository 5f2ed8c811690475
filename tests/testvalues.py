"""Values several tests share (importable by name; ``conftest`` is not, as tests/e2e has its own)."""

TEAM_LEAD_PASSWORD = "correct horse battery"
