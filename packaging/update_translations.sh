#!/usr/bin/env bash
# Refresh the translation sources from the code: every tr(), translate() and QT_TRANSLATE_NOOP
# string of mailup_gui/ (api/ and core/ included: mailup_gui/texts.py) lands in
# resources/translations/mailup_gui_it.ts (new ones untranslated, vanished ones dropped).
# Translate with Qt Linguist (pyside6-linguist) or any .ts editor; the .qm files are built by
# ./dev and by the packaging (packaging/build_translations.py), never committed.
#   packaging/update_translations.sh        (uses .venv/bin, or PYSIDE_BIN=/other/venv/bin)
# tests/ui/test_i18n.py runs it on a copy (TS_FILE=/tmp/copy.ts) and fails while a string of the
# code has no Italian translation: run this script, translate the new entries, commit the .ts.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PYSIDE_BIN:-.venv/bin}
ts=${TS_FILE:-resources/translations/mailup_gui_it.ts}
# Relative locations: translators see where a string is used, without every edit of a file
# shifting the line numbers of all its entries.
"$bin/pyside6-lupdate" -extensions py -locations relative -no-obsolete \
  -source-language en -target-language it \
  mailup_gui -ts "$ts"
# English needs only its plural forms ("%n recipient(s)" → "1 recipient", "2 recipients"): a
# catalogue of the numerus messages alone, installed for English too (ui/i18n.py).
en_ts=${EN_TS_FILE:-resources/translations/mailup_gui_en.ts}
"$bin/pyside6-lupdate" -extensions py -locations relative -no-obsolete -pluralonly \
  -source-language en -target-language en \
  mailup_gui -ts "$en_ts"
