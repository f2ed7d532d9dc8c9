#!/usr/bin/env bash
# Issue 6 figures, in one run on this machine: server-side verification of a 2000-ballot archive
# (the portal's ArchiveVerifier on both cores) side by side with `belenios-tool election verify` on
# the same archive, then tally + partial decryption + result for 100,000 ballots.
# Goals: >= 4x belenios-tool's ballots per second; tally steps <= 1/4 of belenios-tool's time.
#
# Usage: bench/voting.sh [ballots=2000] [tallyBallots=100000]
# Settings (environment): BUILD_DIR (target), JAVA_OPTS (-Xmx2g).
# Needs belenios-tool 2.0 (apt-get install -y belenios-tool). Not a test: nothing fails on slow figures.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
command -v belenios-tool >/dev/null || { echo "belenios-tool is not installed" >&2; exit 1; }
cd "$HERE"
mvn -o -q -Dbuild.dir="$BUILD_DIR" -DskipITs test-compile
# the cryptographic core is plain Java: the compiled classes are the whole classpath
exec java ${JAVA_OPTS:--Xmx2g} --add-opens java.base/java.math=ALL-UNNAMED -cp "$BUILD_DIR/classes:$BUILD_DIR/test-classes" org.madang.voting.bench.VotingBench "$@"
