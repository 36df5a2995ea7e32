#!/bin/sh
# Installs Debian's Chromium for the HTML report test (tests/report.rs), when missing.
# The test skips itself, with a message, only when Chromium cannot be installed.
set -u
command -v chromium >/dev/null 2>&1 && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q chromium >/dev/null 2>&1 ||
    { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q chromium >/dev/null 2>&1; } ||
    echo "install-chromium: could not install chromium; the report rendering test will be skipped" >&2
exit 0
