#!/bin/sh
# Installs the browser the workspace's end-to-end test drives (WorkspaceBrowserIT): Debian's
# chromium and chromium-driver. Idempotent: installs only what is missing. Needs root (or sudo).
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || missing="$missing chromium-driver"
if [ -z "$missing" ]; then
  echo "chromium and chromedriver already installed: $(/usr/bin/chromium --version 2>/dev/null || true)"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing:$missing"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y $missing
/usr/bin/chromium --version || true
/usr/bin/chromedriver --version || true
