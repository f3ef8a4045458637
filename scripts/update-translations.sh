#!/usr/bin/env bash
# Refreshes the Qt Linguist catalogues from the code: every tr() /
# QCoreApplication::translate() string of app/ and ui/ lands in
# resources/translations/palier_fr.ts (new ones marked unfinished, removed ones
# dropped), and the plural forms in palier_en.ts (English is the source
# language, so only its %n plurals need translating).
# Then translate the unfinished entries (Qt Linguist: `linguist palier_fr.ts`, or
# by hand) until `ctest -R packaging_i18n` passes.
# Usage: scripts/update-translations.sh   (needs qt6-l10n-tools: lupdate)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=resources/translations/lupdate-common.sh
. resources/translations/lupdate-common.sh

palier_lupdate -target-language fr -ts resources/translations/palier_fr.ts
palier_lupdate -target-language en -pluralonly -ts resources/translations/palier_en.ts

left=$(grep -c 'type="unfinished"' resources/translations/palier_fr.ts || true)
echo "palier_fr.ts: ${left} unfinished translation(s)"
