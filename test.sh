#!/usr/bin/env bash
# The one test command: installs from Debian what the tests need and is missing, then runs every
# unit, integration and browser test (`mvn verify`, with any arguments given here passed on), then
# the two-instance test (`mvn verify -P 'cluster,!it'`).
#   chromium, chromium-driver  headless browser tests (Selenium; same version from the same source)
#   belenios-tool              verifiable e-voting tests (archives checked by the reference tool)
#   fonts-nanum                Korean glyphs in the browser tests' screenshots
#   sqlmap                     the security bench (bench/)
# As root it installs what is missing (one apt-get update first); otherwise it stops at once with
# the exact command to run, instead of dozens of failing browser tests.
set -euo pipefail
cd "$(dirname "$0")"

packages=(chromium chromium-driver belenios-tool fonts-nanum sqlmap)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  install="apt-get install -y --no-install-recommends ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "[test] missing Debian packages: ${missing[*]}" >&2
    echo "[test] install them, then run ./test.sh again:" >&2
    echo "  sudo apt-get update && sudo $install" >&2
    exit 1
  fi
  echo "[test] installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  $install
else
  echo "[test] Debian packages present: ${packages[*]}"
fi

mvn verify "$@"

# Then several instances (issue 19): two Liberty servers over one database sharing sessions, timers
# and kept pages (`-Pcluster`, about 3 minutes). Skipped when the run was narrowed to chosen tests.
for a in "$@"; do
  case "$a" in -Dit.test=*|-Dtest=*) echo "[test] chosen tests only: the two-instance run is skipped"; exit 0 ;; esac
done
exec mvn verify -P 'cluster,!it' "$@"
