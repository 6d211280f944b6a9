#!/bin/sh
# Install normlab from this unpacked folder, with its menu entry and icon. No administrator rights are
# needed for the default, per-user install; a reinstall replaces the program and keeps every user's data.
#
#   sh install.sh                    for you: ~/.local/lib/normlab, ~/.local/bin/normlab, your menu
#   sh install.sh --system           for everyone (as root): /opt/normlab, /usr/local/bin/normlab
#   sh install.sh --uninstall        remove it again (add --system for the system-wide copy)
#
# The data (the SQLite file in ~/.local/share/normlab/) is never touched by this script.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
scope=user
action=install
for arg in "$@"; do
    case "$arg" in
        --system) scope=system ;;
        --uninstall) action=uninstall ;;
        -h | --help)
            sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "install.sh: unknown option $arg (use --system, --uninstall or --help)" >&2
            exit 2
            ;;
    esac
done

if [ "$scope" = system ]; then
    app_dir="${NORMLAB_PREFIX:-/opt}/normlab"
    bin_dir="/usr/local/bin"
    share="/usr/local/share"
else
    app_dir="$HOME/.local/lib/normlab"
    bin_dir="$HOME/.local/bin"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
app_id=org.normlab.Normlab
desktop="$share/applications/$app_id.desktop"
icon_svg="$share/icons/hicolor/scalable/apps/$app_id.svg"
icon_png="$share/icons/hicolor/256x256/apps/$app_id.png"
metainfo="$share/metainfo/$app_id.metainfo.xml"

refresh_menus() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" 2>/dev/null
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null
    return 0
}

if [ "$action" = uninstall ]; then
    rm -rf "$app_dir"
    rm -f "$desktop" "$icon_svg" "$icon_png" "$metainfo"
    [ -L "$bin_dir/normlab" ] && rm -f "$bin_dir/normlab"
    refresh_menus
    echo "normlab was removed; the data in ~/.local/share/normlab/ was kept."
    exit 0
fi

if [ ! -x "$here/normlab/normlab" ]; then
    echo "install.sh: $here/normlab/normlab is missing; run this script from the unpacked folder" >&2
    exit 1
fi

# Copy next to the target first and swap it in, so an interrupted install leaves the old one working.
mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$(dirname "$desktop")" "$(dirname "$icon_svg")" \
    "$(dirname "$icon_png")" "$(dirname "$metainfo")"
rm -rf "$app_dir.new" "$app_dir.old"
cp -R "$here/normlab" "$app_dir.new"
[ -d "$app_dir" ] && mv "$app_dir" "$app_dir.old"
mv "$app_dir.new" "$app_dir"
rm -rf "$app_dir.old"
ln -sf "$app_dir/normlab" "$bin_dir/normlab"

# The menu entry starts the installed program by its full path (the desktop's PATH may lack ~/.local/bin).
# Desktop-entry quoting: a path with other characters goes in double quotes, with " ` $ \ escaped by a
# backslash, and every backslash doubled once more for the file's own string escapes.
case "$app_dir" in
    *[!A-Za-z0-9/._+-]*)
        exec_line="\"$(printf '%s' "$app_dir/normlab" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')\"" ;;
    *) exec_line="$app_dir/normlab" ;;
esac
escaped="$(printf '%s' "$exec_line" | sed -e 's/[\\&|]/\\&/g')"
sed -e "s|^Exec=.*|Exec=$escaped|" -e "/^TryExec=/d" "$here/$app_id.desktop" >"$desktop"
printf 'TryExec=%s\n' "$app_dir/normlab" >>"$desktop"
cp "$here/$app_id.svg" "$icon_svg"
cp "$here/$app_id.png" "$icon_png"
cp "$here/$app_id.metainfo.xml" "$metainfo"
refresh_menus

echo "normlab is installed in $app_dir; start it from the menu, or run $bin_dir/normlab"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "(to type just 'normlab' in a terminal, add $bin_dir to your PATH)" ;;
esac
