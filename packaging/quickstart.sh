#!/bin/sh
# Install normlab into ./.venv (created when missing), then start it, or run the whole test suite.
#
#   sh packaging/quickstart.sh [OPTIONS]        install and start normlab (options go to normlab)
#   sh packaging/quickstart.sh test [ARGS]      install with the test tools and run every test
#                                               (arguments go to pytest)
#
# On Debian and Ubuntu it first installs, with apt-get, the few system packages that are missing:
# the venv module and the libraries Qt needs even without a screen (plus the PDF and desktop-file
# tools and the PostgreSQL server the tests use).
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
if [ "$mode" = test ]; then
    command -v pdftoppm >/dev/null || missing="$missing poppler-utils"
    command -v desktop-file-validate >/dev/null || missing="$missing desktop-file-utils"
    command -v appstreamcli >/dev/null || missing="$missing appstream"
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
    # the bundle's smoke test: PyInstaller's objdump, the XCB libraries it bundles, an X server to start it on
    command -v objdump >/dev/null || missing="$missing binutils"
    command -v xvfb-run >/dev/null || missing="$missing xvfb xauth"
    missing="$missing$(missing_libraries "$XCB_LIBRARIES")"
fi
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    install_packages $missing
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
if [ "$mode" = test ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
    exec .venv/bin/python -m pytest "$@"
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/normlab "$@"
