#!/usr/bin/env bash
# Sign mailup-gui.app with a Developer ID (hardened runtime, secure timestamp), wrap it in a
# .dmg, have Apple notarize the .dmg and staple the ticket to it. Needs a Mac, a "Developer ID
# Application" certificate in the keychain and a notarytool profile: see packaging/README.md.
# Not run by CI.
#   IDENTITY="Developer ID Application: Name (TEAMID)" NOTARY_PROFILE=mailup-gui \
#     packaging/macos/sign_and_notarize.sh [dist/mailup-gui.app]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-dist/mailup-gui.app}
: "${IDENTITY:?set IDENTITY to the name of your Developer ID Application certificate}"
: "${NOTARY_PROFILE:?set NOTARY_PROFILE to a profile made with: xcrun notarytool store-credentials}"
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg=$(dirname "$app")/mailup-gui-$version-macos-$(uname -m).dmg

sign() {
  codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --sign "$IDENTITY" "$1"
}

# Inside out: a bundle's signature covers the signatures of the code nested in it.
# 1. Every Mach-O file: Python extensions, dylibs, framework binaries, helper executables.
while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q "Mach-O"; then sign "$file"; fi
done < <(find "$app/Contents" -type f -print0)
# 2. Nested bundles, deepest first (QtWebEngineProcess.app sits inside QtWebEngineCore.framework).
while IFS= read -r -d '' bundle; do
  sign "$bundle"
done < <(find "$app/Contents" -depth \( -name "*.app" -o -name "*.framework" \) -print0)
# 3. The app itself.
sign "$app"
codesign --verify --deep --strict --verbose=2 "$app"

rm -f "$dmg"
hdiutil create -volname mailup-gui -srcfolder "$app" -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$IDENTITY" "$dmg"
result=$(xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait \
  --output-format json)
echo "$result"
if ! grep -Eq '"status" *: *"Accepted"' <<<"$result"; then
  echo "Not notarized. Apple's reasons: xcrun notarytool log ID --keychain-profile $NOTARY_PROFILE" >&2
  exit 1
fi
# The ticket travels with the .dmg, so Gatekeeper can check it offline.
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"
echo "$dmg"
