#!/usr/bin/env bash
# The tests drive Debian's Chromium and start a real redis-server. Install them when missing
# (as root on Debian); otherwise say what is needed.
#
# The fonts too: the layout tests (reflow at 320 px, touch targets) measure text, and Chromium
# without fonts-liberation and fonts-dejavu (a --no-install-recommends install) draws it in other
# widths than a user's machine does. A test that passes in the wrong font proves nothing.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
has_font() { fc-list 2>/dev/null | grep -qi "$1"; }
has_font 'Liberation Sans' || missing+=(fonts-liberation)
has_font 'DejaVu Sans' || missing+=(fonts-dejavu)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests need: ${missing[*]}. Install them (apt-get install ${missing[*]}) and run again." >&2
  exit 1
fi
