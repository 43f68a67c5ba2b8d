#!/usr/bin/env bash
# Prints the golden programs (src/test/resources/programs) that Adder does not pass yet, one path
# per line on stdout, ready to become src/test/resources/programs/known-failures.txt:
#   tools/list_failing_programs.sh > /tmp/failing && (header; cat /tmp/failing) > .../known-failures.txt
# The first line of each difference goes to stderr. Optional arguments: program paths to check.
# BUILD_DIR (default target-programs) keeps this build apart from others in the same work tree.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target-programs}"
cd "$ROOT"
mvn -q -o -DbuildDir="$BUILD_DIR" test-compile >&2
exec java -Xss16m -Xmx2g -cp "$BUILD_DIR/classes:$BUILD_DIR/test-classes" \
    dev.adder.programs.ListFailingPrograms "$@"
