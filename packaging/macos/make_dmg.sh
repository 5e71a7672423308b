#!/bin/sh
# Makes the drag-to-Applications disk image from the PyInstaller build (macOS only).
#
#   python packaging/build.py                 # -> dist/ICP Wizard.app
#   packaging/macos/make_dmg.sh               # -> dist/icp-wizard-<version>-macos.dmg
#
# Signing and notarisation run only when the publisher's details are given (see packaging/README.md):
#   CODESIGN_IDENTITY="Developer ID Application: Publisher (TEAMID)"  signs the app and the image;
#   NOTARY_PROFILE=icp-wizard-notary  (made once with `xcrun notarytool store-credentials`)
#                                      notarises the image and staples the ticket;
#   NOTARY_KEYCHAIN=path               where that profile is, when not in the default keychain (CI).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP=${1:-"$ROOT/dist/ICP Wizard.app"}
[ -d "$APP" ] || { echo "make_dmg.sh: $APP not found; run python packaging/build.py first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
OUT="$ROOT/dist/icp-wizard-$VERSION-macos.dmg"

# ---- PLACEHOLDER: sign the app with the publisher's Developer ID (hardened runtime, needed for notarisation).
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "make_dmg.sh: CODESIGN_IDENTITY not set: the app keeps PyInstaller's ad-hoc signature (Gatekeeper will warn)"
fi

# The image shows the app next to a link to /Applications: the user drags one onto the other.
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/$(basename "$APP")"   # ditto keeps symlinks, permissions and signatures intact
ln -s /Applications "$STAGE/Applications"
rm -f "$OUT"
hdiutil create -volname "ICP Wizard $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$OUT"

# ---- PLACEHOLDER: sign, notarise and staple the image.
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$OUT"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    if [ -n "${NOTARY_KEYCHAIN:-}" ]; then
        xcrun notarytool submit "$OUT" --keychain-profile "$NOTARY_PROFILE" --keychain "$NOTARY_KEYCHAIN" --wait
    else
        xcrun notarytool submit "$OUT" --keychain-profile "$NOTARY_PROFILE" --wait
    fi
    xcrun stapler staple "$OUT"
    xcrun stapler validate "$OUT"
fi
echo "$OUT"
