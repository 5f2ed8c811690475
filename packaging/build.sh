#!/usr/bin/env bash
# Build Welcome Desk as a one-folder app in dist/welcome-desk/ and smoke-test it.
#
#   bash packaging/build.sh                     # fresh venv in build/venv, install, build, test
#   bash packaging/build.sh --current-python    # use $PYTHON (default python3) as it is: it must
#                                               # already have the dependencies and pyinstaller
#   bash packaging/build.sh --smoke-only        # only re-run the smoke test of dist/welcome-desk
#
# Environment: PYTHON (interpreter, default python3, needs >= 3.11 built with a shared libpython),
#              PIP_ARGS (extra arguments for pip install, e.g. an internal index).
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
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

say() { printf '\n==> %s\n' "$*"; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

APP_DIR="$ROOT/dist/welcome-desk"
APP="$APP_DIR/welcome-desk"

# --------------------------------------------------------------------------- build
if [ "$MODE" != none ]; then
    [ -f "$ROOT/welcome_desk/cli.py" ] || fail "welcome_desk/cli.py is missing: nothing to build"

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
if [ "$SMOKE" = 1 ]; then
    say "smoke test of $APP"
    SMOKE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/welcome-desk-smoke.XXXXXX")"
    trap 'rm -rf "$SMOKE_DIR"' EXIT
    # Keep the test away from the user's real data and settings.
    export XDG_DATA_HOME="$SMOKE_DIR/data" XDG_CONFIG_HOME="$SMOKE_DIR/config" XDG_CACHE_HOME="$SMOKE_DIR/cache"
    export QT_QPA_PLATFORM=offscreen
    unset WELCOME_DESK_DB || true
    DB="sqlite:///$SMOKE_DIR/smoke.sqlite"
    JSONPY="${PY:-$PYTHON}"  # any Python 3 can read the JSON output
    check_json() {  # check_json FILE EXPRESSION: EXPRESSION on the parsed JSON "d" must be true
        "$JSONPY" -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
    }
    json_get() {  # json_get FILE EXPRESSION: print EXPRESSION on the parsed JSON "d"
        "$JSONPY" -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$1" "$2"
    }
    run() { printf '    $ welcome-desk %s\n' "$*" >&2; "$APP" "$@"; }

    run --help > "$SMOKE_DIR/help.txt" || fail "--help failed"
    head -n 3 "$SMOKE_DIR/help.txt" | sed 's/^/      /'
    run --version || fail "--version failed"

    if grep -qw route "$SMOKE_DIR/help.txt"; then
        run --db "$DB" route Visum --json > "$SMOKE_DIR/route.json" || fail "route failed"
        check_json "$SMOKE_DIR/route.json" 'd["candidates"]' || fail "route found no unit for 'Visum'"
        UNITS="$(json_get "$SMOKE_DIR/route.json" '" ".join(c["unit"] for c in d["candidates"])')"
        echo "      -> units: $UNITS"
    fi
    if grep -qw centre "$SMOKE_DIR/help.txt"; then
        for f in "$APP_DIR"/_internal/welcome_desk/_resources/centres/*.json; do
            run centre validate "$f" || fail "bundled centre $(basename "$f") does not validate"
        done
        run --db "$DB" centre list || fail "centre list failed"
    fi
    if [ -n "${UNITS:-}" ] && grep -qw book "$SMOKE_DIR/help.txt"; then
        booked=0
        for unit in $UNITS; do  # the first unit that takes walk-ins
            if run --db "$DB" book --unit "$unit" --lang ar --json > "$SMOKE_DIR/book.json"; then
                booked=1
                break
            fi
        done
        [ "$booked" = 1 ] || fail "book failed for every routed unit"
        ENTRY="$(json_get "$SMOKE_DIR/book.json" 'd["id"]')"
        echo "      -> entry $ENTRY"
        run --db "$DB" log --format json > "$SMOKE_DIR/log.json" || fail "log failed"
        check_json "$SMOKE_DIR/log.json" 'len(d["entries"]) >= 1' || fail "day log is empty after booking"
        if [ -f "$ROOT/welcome_desk/slips/render.py" ] && grep -qw slip "$SMOKE_DIR/help.txt"; then
            for lang in de ar; do
                run --db "$DB" slip "$ENTRY" --lang "$lang" -o "$SMOKE_DIR/slip-$lang.pdf" > /dev/null || fail "slip ($lang) failed"
                head -c 5 "$SMOKE_DIR/slip-$lang.pdf" | grep -q '%PDF-' || fail "slip ($lang) is not a PDF"
                echo "      -> slip-$lang.pdf, $(wc -c < "$SMOKE_DIR/slip-$lang.pdf") bytes"
            done
        fi
    fi
    if [ -f "$ROOT/welcome_desk/ui/app.py" ]; then
        # The window (offscreen): it must still be running after a few seconds.
        printf '    $ welcome-desk --db ...   (GUI, offscreen, 8 s)\n'
        set +e
        timeout 8 "$APP" --db "$DB" > "$SMOKE_DIR/gui.log" 2>&1
        rc=$?
        set -e
        if [ "$rc" -ne 124 ] && [ "$rc" -ne 0 ]; then
            sed 's/^/      /' "$SMOKE_DIR/gui.log" >&2
            fail "the GUI exited with status $rc"
        fi
        echo "      -> GUI started (status $rc)"
    fi
    say "smoke test passed"
fi

say "bundle: $APP_DIR ($(du -sh "$APP_DIR" | cut -f1))"
