#!/usr/bin/env bash
# The file stores (MADANG_FILE_STORE, issue 19): put and get of a 1 MB and a 10 MB file in the
# directory, database and S3 stores, each beside an anchor measured in the same run on the same
# storage (cp and dd conv=fsync into the same folder; a plain JDBC insert/select into the same
# embedded PostgreSQL; curl PUT/GET to the same S3Proxy). No portal needed: the bench starts its own
# embedded PostgreSQL and S3Proxy (ports chosen free) and stops them.
#
#   bench/files.sh            ROUNDS=9 (median of that many, after two warm-up rounds)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
# test classes and the S3Proxy jar (copied at process-test-resources)
mvn -q -B -Dbuild.dir="$BUILD_DIR" test-compile >/dev/null
mvn -o -q -B -Dbuild.dir="$BUILD_DIR" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/cp" >/dev/null
printf '\nFile stores at %s (machine: %s cores, load %s)\n\n' "$(date -u +%FT%RZ)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
java -Drounds="${ROUNDS:-9}" -Dmadang.s3proxy.jar="$BUILD_DIR/s3proxy/s3proxy.jar" \
  -cp "$BUILD_DIR/test-classes:$BUILD_DIR/classes:$(cat "$WORK/cp")" org.madang.platform.storage.FileStoreBench
