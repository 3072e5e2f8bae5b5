#!/usr/bin/env bash
# CI's check of the shipped thing (.ci/run, as root on Debian): the frozen app and its
# smoke test, the .deb built, linted (lintian, errors only), installed with dpkg -i, used
# from /usr/bin, its menu entry, metainfo and MIME type validated, then purged.
set -euo pipefail
cd "$(dirname "$0")/../.."
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "frozen app (make dist)"
rm -rf build/work dist
make dist
step "smoke test of the frozen app (make dist-test)"
make dist-test
step "Debian package (make deb)"
make deb
deb=$(ls dist/coordapp_*_amd64.deb)
step "lintian, errors only"
lintian --fail-on error --tag-display-limit 0 "$deb"
step "dpkg -i"
dpkg -i "$deb"
step "the installed app"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
test "$(command -v coordapp)" = /usr/bin/coordapp
/usr/bin/coordapp --version
COORDAPP_HOME="$home" COORDAPP_PASSPHRASE="Une phrase de passe pour la CI 42" \
    /usr/bin/coordapp demo --patients 3 2>/dev/null
test "$(COORDAPP_HOME="$home" COORDAPP_PASSPHRASE="Une phrase de passe pour la CI 42" \
    /usr/bin/coordapp patients --format json | grep -c '"id"')" = 3
man -w coordapp >/dev/null
test -f /usr/share/bash-completion/completions/coordapp
test -f /usr/share/icons/hicolor/scalable/apps/coordapp.svg
for licence in LICENSE THIRD-PARTY-NOTICES.txt; do  # Aide › À propos › Licences
  test -s "/usr/lib/coordapp/_internal/resources/licenses/$licence"
done
zgrep -q "GNU LESSER GENERAL PUBLIC LICENSE" /usr/share/doc/coordapp/THIRD-PARTY-NOTICES.txt.gz
desktop-file-validate /usr/share/applications/coordapp.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.coordapp.CoordApp.metainfo.xml
head -c 64 /dev/urandom > "$home/envoi.coordbundle"
test "$(xdg-mime query filetype "$home/envoi.coordbundle")" = application/x-coordbundle
test "$(xdg-mime query default application/x-coordbundle)" = coordapp.desktop
step "purge"
dpkg --purge coordapp
test ! -e /usr/lib/coordapp && test ! -e /usr/bin/coordapp
test "$(xdg-mime query filetype "$home/envoi.coordbundle")" != application/x-coordbundle
step "package checks passed"
