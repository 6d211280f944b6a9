#!/bin/sh
# Install normlab into ./.venv (created when missing), then start it, or run the whole test suite.
#
#   sh packaging/quickstart.sh [OPTIONS]        install and start normlab (options go to normlab)
#   sh packaging/quickstart.sh test [ARGS]      install with the test tools and run every test
#                                               (arguments go to pytest)
#
# On Debian and Ubuntu it first installs, with apt-get, the system packages that are missing: the
# venv module, the libraries Qt needs even without a screen, and those its X11 window needs (plus,
# for the tests, Xvfb, the PDF and desktop-file tools, the PostgreSQL server and the Chinese and
# emoji fonts they use).
set -eu
cd "$(dirname "$0")/.."
mode=run
if [ "${1:-}" = test ]; then
    mode=test
    shift
fi
python="${PYTHON:-python3}"

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "normlab needs Python 3.11 or newer as '$python' (set PYTHON=/path/to/python3.11 to choose one)." >&2
    exit 1
fi

. packaging/debian.sh
missing=""
if [ ! -x .venv/bin/python ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    missing="python3-venv"
fi
missing="$missing$(missing_libraries "$QT_LIBRARIES")"
# Qt's X11 (xcb) window: to show the window, and for the tests that start it under Xvfb.
if [ "$mode" = test ] || [ "${QT_QPA_PLATFORM:-xcb}" = xcb ]; then
    missing="$missing$(missing_libraries "$XCB_LIBRARIES $XCB_WINDOW_LIBRARIES")"
fi
if [ "$mode" = test ]; then
    command -v pdftoppm >/dev/null || missing="$missing poppler-utils"
    command -v desktop-file-validate >/dev/null || missing="$missing desktop-file-utils"
    command -v appstreamcli >/dev/null || missing="$missing appstream"
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
    # the bundle's smoke test: PyInstaller's objdump, the XCB libraries it bundles, an X server to start it on
    command -v objdump >/dev/null || missing="$missing binutils"
    command -v xvfb-run >/dev/null || missing="$missing xvfb xauth"
    # Fallback fonts the printing tests draw Chinese, Japanese, Korean (5 MB) and emoji (3 MB) with.
    [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing="$missing fonts-wqy-microhei"
    ls /usr/share/fonts/truetype/*/Symbola*.ttf >/dev/null 2>&1 || missing="$missing fonts-symbola"
fi
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    install_packages $missing
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
# An editable install has no bytecode, and where PYTHONDONTWRITEBYTECODE is set every start would
# compile normlab again (a seventh of a second): compile it once, as installing a package does.
if [ "$mode" = test ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
    .venv/bin/python -m compileall -q normlab
    exec .venv/bin/python -m pytest "$@"
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
.venv/bin/python -m compileall -q normlab
if [ "$(uname -s)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "normlab is installed in .venv. There is no display here to show its window (DISPLAY is not set):"
    echo "from a desktop session start it with .venv/bin/normlab (or add it to your applications menu"
    echo "with .venv/bin/normlab --install-desktop-entry)."
    exit 0
fi
exec .venv/bin/normlab "$@"
