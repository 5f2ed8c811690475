#!/usr/bin/env bash
# Build Welcome Desk as a one-folder app in dist/welcome-desk/ and smoke-test it.
#
#   bash packaging/build.sh                     # fresh venv in build/venv, install, build, test
#   bash packaging/build.sh --current-python    # use $PYTHON (default python3) as it is: it must
#                                               # already have the dependencies and pyinstaller
#   bash packaging/build.sh --smoke-only        # only re-run the smoke test of dist/welcome-desk
#   bash packaging/build.sh --isolate           # smoke test without Python and system fonts (root)
#
# Environment: PYTHON (interpreter, default python3, needs >= 3.11 built with a shared libpython),
#              PIP_ARGS (extra arguments for pip install, e.g. an internal index),
#              SMOKE_ARGS (extra arguments for packaging/smoke_test.py, e.g. "--keep out/smoke").
# Works from any directory; writes only build/ and dist/ (both ignored by git).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
MODE=venv
SMOKE=1
for arg in "$@"; do
    case "$arg" in
        --current-python) MODE=current ;;
        --smoke-only) MODE=none ;;
        --no-smoke) SMOKE=0 ;;
        --isolate) SMOKE_ARGS="${SMOKE_ARGS:-} --isolate" ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

say() { printf '\n==> %s\n' "$*"; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

APP_DIR="$ROOT/dist/welcome-desk"
APP="$APP_DIR/welcome-desk"

# --------------------------------------------------------------------------- build
if [ "$MODE" != none ]; then
    [ -f "$ROOT/welcome_desk/cli/__init__.py" ] || fail "welcome_desk/cli/__init__.py is missing: nothing to build"

    if [ "$MODE" = venv ]; then
        VENV="$ROOT/build/venv"
        if [ ! -x "$VENV/bin/python" ]; then
            say "creating $VENV with $PYTHON"
            "$PYTHON" -m venv "$VENV"
        fi
        PY="$VENV/bin/python"
        say "installing welcome-desk and pyinstaller into build/venv"
        # shellcheck disable=SC2086
        "$PY" -m pip install --disable-pip-version-check --quiet ${PIP_ARGS:-} --upgrade pip
        # shellcheck disable=SC2086
        "$PY" -m pip install --disable-pip-version-check --quiet ${PIP_ARGS:-} "$ROOT[packaging]"
    else
        PY="$(command -v "$PYTHON")" || fail "no $PYTHON on PATH"
        say "using $PY as it is"
    fi

    "$PY" - <<'EOF' || fail "the build interpreter is not usable (see above)"
import sys, sysconfig
if sys.version_info < (3, 11):
    sys.exit(f"Python >= 3.11 needed, this is {sys.version.split()[0]}")
if sys.platform.startswith("linux") and not sysconfig.get_config_var("Py_ENABLE_SHARED"):
    sys.exit("PyInstaller needs a Python built with --enable-shared (libpython3.x.so)")
missing = []
for name in ("PyInstaller", "PySide6", "sqlalchemy", "alembic", "reportlab", "platformdirs", "rapidfuzz",
             "jsonschema", "holidays", "arabic_reshaper", "bidi", "qrcode"):
    try:
        __import__(name)
    except ImportError:
        missing.append(name)
if missing:
    sys.exit("missing in the build environment: " + ", ".join(missing))
import PyInstaller, PySide6
print(f"Python {sys.version.split()[0]}, PyInstaller {PyInstaller.__version__}, PySide6 {PySide6.__version__}")
EOF

    say "running PyInstaller"
    cd "$ROOT"
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
        "$ROOT/packaging/welcome-desk.spec"
fi

[ -x "$APP" ] || fail "$APP was not built"

# Libraries the Qt platform plugins need but the build host did not have (so they are
# not in the bundle): the target must provide them, or install them here and rebuild.
if command -v ldd > /dev/null 2>&1 && [ -d "$APP_DIR/_internal/PySide6/Qt/plugins/platforms" ]; then
    internal="$APP_DIR/_internal"
    missing="$(LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" \
        ldd "$internal"/PySide6/Qt/plugins/platforms/*.so "$internal"/PySide6/Qt/lib/*.so* 2> /dev/null \
        | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
    if [ -n "$missing" ]; then
        printf '\nwarning: not bundled (missing on the build host): %s\n' "$missing" >&2
        printf 'warning: targets must have them; see packaging/README.md, "Linux build host"\n' >&2
    fi
fi

# --------------------------------------------------------------------------- smoke test
# packaging/smoke_test.py: route, book, slips, and the window itself (self-test: start, route,
# book, slip, preview, quit) with a throw-away database and XDG folders, offscreen.
if [ "$SMOKE" = 1 ]; then
    say "smoke test of $APP"
    SMOKE_PY="${PY:-}"
    [ -n "$SMOKE_PY" ] || SMOKE_PY="$(command -v "$PYTHON" || command -v python3)" || fail "no Python to run the smoke test"
    # shellcheck disable=SC2086
    "$SMOKE_PY" "$ROOT/packaging/smoke_test.py" "$APP_DIR" ${SMOKE_ARGS:-} || fail "smoke test failed"
fi

say "bundle: $APP_DIR ($(du -sh "$APP_DIR" | cut -f1))"
