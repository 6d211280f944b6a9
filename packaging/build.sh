#!/bin/sh
# Build normlab's one-folder bundle: dist/normlab/ holds the program and everything it needs, no
# Python installation required on the computer that runs it. On Linux it also makes
# dist/normlab-VERSION-linux-ARCH.tar.gz: the folder plus a desktop entry, the icon and install.sh.
#
#   sh packaging/build.sh
#
# From a clean checkout it creates ./.venv and installs normlab with its [bundle] extra (PyInstaller);
# that is the only step that downloads anything. With those installed, the build itself is offline.
# Environment: PYTHON (the Python 3.11+ that creates .venv), NORMLAB_DIST_DIR (default dist),
# NORMLAB_BUILD_DIR (PyInstaller's work folder, default build).
set -eu
cd "$(dirname "$0")/.."
root="$(pwd)"
python="${PYTHON:-python3}"
dist="$(mkdir -p "${NORMLAB_DIST_DIR:-dist}" && cd "${NORMLAB_DIST_DIR:-dist}" && pwd)"
work="$(mkdir -p "${NORMLAB_BUILD_DIR:-build}" && cd "${NORMLAB_BUILD_DIR:-build}" && pwd)"

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) venv_python=.venv/Scripts/python.exe ;;
    *) venv_python=.venv/bin/python ;;
esac

# On Linux: Qt's libraries (PyInstaller imports PySide6 to find its parts), objdump (binutils) to read
# the libraries' dependencies, and the XCB helpers the bundle carries along for Qt's X11 plugin.
if [ "$(uname -s)" = Linux ]; then
    . packaging/debian.sh
    missing="$(missing_libraries "$QT_LIBRARIES $XCB_LIBRARIES $XCB_WINDOW_LIBRARIES")"
    command -v objdump >/dev/null || missing="$missing binutils"
    if [ ! -x "$venv_python" ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
        missing="$missing python3-venv"
    fi
    # shellcheck disable=SC2086
    install_packages $missing
fi

if [ ! -x "$venv_python" ]; then
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "normlab needs Python 3.11 or newer as '$python' (set PYTHON=/path/to/python3.11 to choose one)." >&2
        exit 1
    fi
    "$python" -m venv .venv
fi
# Install only what is missing, so that a second build needs no network at all.
if ! "$venv_python" -c 'import importlib.metadata as m, PyInstaller, PySide6; m.distribution("normlab")' 2>/dev/null; then
    "$venv_python" -m pip install --quiet --disable-pip-version-check -e '.[bundle]'
fi

started=$(date +%s)
rm -rf "$dist/normlab"
# PyInstaller's cache of processed libraries lives in the work folder, not in the user's cache, so
# that builds running side by side (two checkouts, a test run) never clean up each other's files.
NORMLAB_BUILD_DIR="$work" PYINSTALLER_CONFIG_DIR="$work/pyinstaller-cache" \
    "$venv_python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/normlab.spec

if [ "$(uname -s)" = Linux ]; then
    version="$("$venv_python" -c 'import normlab; print(normlab.__version__)')"
    name="normlab-$version-linux-$(uname -m)"
    stage="$work/$name"
    rm -rf "$stage"
    mkdir -p "$stage"
    cp -a "$dist/normlab" "$stage/normlab"
    cp packaging/linux/org.normlab.Normlab.desktop packaging/linux/org.normlab.Normlab.metainfo.xml \
        packaging/linux/install.sh "$stage/"
    cp resources/icons/normlab.svg "$stage/org.normlab.Normlab.svg"
    cp resources/icons/normlab.png "$stage/org.normlab.Normlab.png"
    tar -C "$work" -czf "$dist/$name.tar.gz" "$name"
    rm -rf "$stage"
    echo "built $dist/normlab/ ($(du -sh "$dist/normlab" | cut -f1)) and $dist/$name.tar.gz ($(du -sh "$dist/$name.tar.gz" | cut -f1)) in $(($(date +%s) - started)) s"
else
    echo "built $dist/normlab in $(($(date +%s) - started)) s"
fi
cd "$root"
