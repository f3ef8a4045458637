#!/usr/bin/env bash
# Installs the Debian 12 packages Palier needs, only those that are missing.
# Usage: scripts/deps.sh [build|test|bench]   (each level includes the previous)
set -euo pipefail
level=${1:-build}

pkgs=(build-essential cmake ninja-build pkg-config
      qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
      qt6-translations-l10n libqt6charts6-dev libqt6opengl6-dev libqt6svg6-dev
      qtkeychain-qt6-dev libpq-dev zlib1g-dev libisal-dev libsimdjson-dev
      fonts-dejavu-core)   # the HTML/PDF report's font, embedded in every PDF (docs/report.md)
if [ "$level" = test ] || [ "$level" = bench ]; then
  # A real PostgreSQL server for the database tests, an X server for GUI smoke
  # runs, and the desktop-file / AppStream validators of the packaging checks.
  pkgs+=(postgresql xvfb xauth desktop-file-utils appstream dpkg-dev file groff-base)
  # pdffonts, pdfimages, pdftotext: the PDF report's tests read it back (tst_ui_report_pdf).
  pkgs+=(poppler-utils)
  # clang with libFuzzer and the sanitizer runtimes for the fuzz harnesses
  # and the asan preset (tests/fuzz/, scripts/test-sanitized.sh, docs/fuzzing.md).
  pkgs+=(clang llvm-14 libclang-rt-14-dev)
fi
if [ "$level" = bench ]; then
  pkgs+=(mawk datamash python3-pandas hyperfine time)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
