#!/usr/bin/env bash
# Installs the Debian packages the tests and the benchmark need, only those missing (Debian bookworm;
# as root, or through sudo):
#   fonts-droid-fallback   a TrueType CJK font: the benchmark's generated PDFs (and their test)
#   poppler-utils          pdftotext, the benchmark's baseline for PDFs
#   chromium, chromium-driver   the workspace's end-to-end test in a real browser (scripts/install-browser.sh)
# Safe to run again: does nothing when everything is there. Waits while another apt holds the lock.
set -euo pipefail

need=()
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || need+=(fonts-droid-fallback)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
"$(dirname "$0")/install-browser.sh" >/dev/null
[ ${#need[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "setup: installing ${need[*]}"
for attempt in $(seq 1 60); do
    if $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >/tmp/nianbao-setup.log 2>&1; then
        exit 0
    fi
    if grep -qiE 'lock|unable to locate|has no installation candidate' /tmp/nianbao-setup.log; then
        if grep -qiE 'unable to locate|has no installation candidate' /tmp/nianbao-setup.log && [ "$attempt" -eq 1 ]; then
            $SUDO apt-get update >/dev/null 2>&1 || true
        fi
        sleep 10
        continue
    fi
    break
done
echo "setup: could not install ${need[*]}; see /tmp/nianbao-setup.log" >&2
tail -n 20 /tmp/nianbao-setup.log >&2
exit 1
