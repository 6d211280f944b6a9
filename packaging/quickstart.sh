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

missing=""
if [ ! -x .venv/bin/python ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    missing="python3-venv"
fi
ldconfig_cmd="$(command -v ldconfig || echo /sbin/ldconfig)"
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libX11.so.6:libx11-6 libdbus-1.so.3:libdbus-1-3 \
            libfontconfig.so.1:libfontconfig1 libglib-2.0.so.0:libglib2.0-0 libxkbcommon.so.0:libxkbcommon0; do
    "$ldconfig_cmd" -p 2>/dev/null | grep -q "${pair%%:*}" || missing="$missing ${pair##*:}"
done
if [ "$mode" = test ]; then
    command -v pdftoppm >/dev/null || missing="$missing poppler-utils"
    command -v desktop-file-validate >/dev/null || missing="$missing desktop-file-utils"
    command -v appstreamcli >/dev/null || missing="$missing appstream"
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
fi
if [ -n "$missing" ]; then
    if command -v apt-get >/dev/null; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        echo "Installing system packages:$missing"
        $sudo apt-get update -qq
        # shellcheck disable=SC2086
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "Please install these (Debian package names):$missing" >&2
    fi
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
if [ "$mode" = test ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
    exec .venv/bin/python -m pytest "$@"
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/normlab "$@"
