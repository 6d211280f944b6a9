# Debian and Ubuntu system packages that normlab's scripts need; sourced by quickstart.sh and build.sh.

# Libraries Qt loads even without a screen.
QT_LIBRARIES="libEGL.so.1:libegl1 libGL.so.1:libgl1 libX11.so.6:libx11-6 libdbus-1.so.3:libdbus-1-3
libfontconfig.so.1:libfontconfig1 libglib-2.0.so.0:libglib2.0-0 libxkbcommon.so.0:libxkbcommon0"
# XCB helpers that Qt's X11 plugin links to: the bundle carries them, so the building machine needs them.
XCB_LIBRARIES="libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-cursor.so.0:libxcb-cursor0 libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0
libxkbcommon-x11.so.0:libxkbcommon-x11-0"
# The rest of what Qt's X11 window needs on a desktop (Qt's own list for its xcb platform).
XCB_WINDOW_LIBRARIES="libxcb-shape.so.0:libxcb-shape0 libxcb-xinerama.so.0:libxcb-xinerama0
libxcb-randr.so.0:libxcb-randr0 libxcb-xkb.so.1:libxcb-xkb1"

# missing_libraries "SONAME:PACKAGE ..." prints the packages whose library is not installed.
missing_libraries() {
    ldconfig_cmd="$(command -v ldconfig || echo /sbin/ldconfig)"
    for pair in $1; do
        "$ldconfig_cmd" -p 2>/dev/null | grep -q "${pair%%:*}" || printf ' %s' "${pair##*:}"
    done
}

# install_packages PACKAGE... installs them with apt-get (through sudo unless root); without apt-get it
# names them and leaves the rest to the caller.
install_packages() {
    [ $# -gt 0 ] || return 0
    if command -v apt-get >/dev/null; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        echo "Installing system packages with apt-get (the first time takes a few minutes): $*"
        echo "  reading the package lists..."
        $sudo apt-get update -qq
        # One line per package downloaded and set up, so a long install shows that it is moving.
        apt_status="$(mktemp)"
        { $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" 2>&1; echo $? >"$apt_status"; } |
            awk '/newly installed/ { total = $3 + $1; print "  " $0; fflush() }
                 /^Get:/ { got++; printf "  downloaded %d of %d\n", got, total; fflush() }
                 /^Setting up / { done++; printf "  set up %d of %d: %s\n", done, total, $3; fflush() }
                 /^(E|W): / { print; fflush() }'
        apt_code="$(cat "$apt_status")"
        rm -f "$apt_status"
        if [ "$apt_code" != 0 ]; then
            echo "apt-get could not install: $* (exit code $apt_code); see the messages above." >&2
            exit 1
        fi
        echo "System packages installed."
    else
        echo "Please install these (Debian package names): $*" >&2
    fi
}
