#!/bin/sh
# Installs Supervision Desk for the current user from the unpacked download: the app under
# ~/.local/lib, a `supervision-desk` command in ~/.local/bin, and its menu entry and icons.
# Nothing needs root. Run it again to update; `install.sh --uninstall` removes the app and
# leaves your vault and settings where they are.
set -eu

APP_ID=org.supervisiondesk.SupervisionDesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$HOME/.local/lib/supervision-desk
BIN=$HOME/.local/bin
ENTRY=$DATA/applications/$APP_ID.desktop

refresh_menus() {
    # Desktops pick the entry and icons up by themselves; these only make it quicker.
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -f -t "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$TARGET"
    [ -L "$BIN/supervision-desk" ] && rm -f "$BIN/supervision-desk"
    rm -f "$ENTRY" "$DATA/metainfo/$APP_ID.metainfo.xml"
    for icon in "$DATA"/icons/hicolor/*/apps/"$APP_ID".png; do
        [ -e "$icon" ] && rm -f "$icon"
    done
    refresh_menus
    echo "Supervision Desk is removed. Your vault and settings are kept (File > Vault location"
    echo "in the app shows where); delete them yourself only if you no longer need them."
    exit 0
fi

if [ -n "${1:-}" ]; then
    echo "Usage: $0 [--uninstall]" >&2
    exit 2
fi

if [ ! -x "$HERE/supervision-desk" ]; then
    echo "Run this script from the unpacked supervision-desk folder." >&2
    exit 2
fi

# A copy beside the old one, swapped in only once it is whole: an interrupted update
# leaves the installed app as it was.
mkdir -p "$(dirname "$TARGET")" "$BIN" "$DATA/applications" "$DATA/metainfo"
NEW=$TARGET.new.$$
rm -rf "$NEW"
cp -R "$HERE" "$NEW"
rm -rf "$NEW/share" "$NEW/install.sh"
if [ -e "$TARGET" ]; then
    OLD=$TARGET.old.$$
    mv "$TARGET" "$OLD"
    mv "$NEW" "$TARGET"
    rm -rf "$OLD"
else
    mv "$NEW" "$TARGET"
fi
ln -sfn "$TARGET/supervision-desk" "$BIN/supervision-desk"

# The entry starts the installed copy by its full path: ~/.local/bin is not always on the
# PATH a desktop session starts programs with.
sed "s|^Exec=.*|Exec=\"$TARGET/supervision-desk\"|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$ENTRY.new"
mv "$ENTRY.new" "$ENTRY"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
for folder in "$HERE"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$folder")")
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    cp "$folder/$APP_ID.png" "$DATA/icons/hicolor/$size/apps/"
done
refresh_menus

echo "Installed: Supervision Desk is in your applications menu, and \`supervision-desk\`"
echo "starts it from a terminal (if $BIN is on your PATH)."
