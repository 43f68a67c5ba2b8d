#!/usr/bin/env bash
# Benchmark, not a test: parses CPython 3.11's whole stdlib with Adder (one JVM, after warm-up)
# and with CPython's ast.parse (one process, same rounds), then prints both times and the ratio.
# Usage: bench/parse_stdlib.sh [WARMUP_ROUNDS] [TIMED_ROUNDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WARMUP="${1:-2}"
ROUNDS="${2:-3}"
JAR="$ROOT/target/adder-0.1.0-SNAPSHOT.jar"
if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
fi
LIST="$(mktemp)"
trap 'rm -f "$LIST"' EXIT
python3 - "$LIST" <<'PY'
import os, sys, sysconfig
root = sysconfig.get_paths()["stdlib"]
files = []
for d, dirs, names in os.walk(root):
    dirs[:] = [x for x in dirs if x != "site-packages"]
    files += [os.path.join(d, n) for n in names if n.endswith(".py")]
open(sys.argv[1], "w").write("\n".join(sorted(files)) + "\n")
PY
echo "files: $(wc -l < "$LIST"), warm-up rounds: $WARMUP, timed rounds: $ROUNDS"
ADDER="$(java -Xss16m -Xmx2g -cp "$JAR" "$ROOT/bench/ParseStdlib.java" "$LIST" "$WARMUP" "$ROUNDS")"
echo "$ADDER"
CPY="$(python3 - "$LIST" "$WARMUP" "$ROUNDS" <<'PY'
import ast, sys, time
paths = open(sys.argv[1]).read().split()
warmup, rounds = int(sys.argv[2]), int(sys.argv[3])
sources = [open(p, "rb").read() for p in paths]
times = []
for r in range(warmup + rounds):
    errors = 0
    start = time.perf_counter()
    for p, s in zip(paths, sources):
        try:
            ast.parse(s, filename=p)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            errors += 1
    t = time.perf_counter() - start
    print(f"cpython round {r + 1}{' (warm-up)' if r < warmup else ''}: {t:.3f} s", file=sys.stderr)
    if r >= warmup:
        times.append(t)
times.sort()
print(f"cpython {len(paths)} files ({errors} errors): best {times[0]:.3f} s, median {times[len(times) // 2]:.3f} s")
PY
)"
echo "$CPY"
A="$(sed -E 's/.*best ([0-9.]+) s.*/\1/' <<< "$ADDER")"
C="$(sed -E 's/.*best ([0-9.]+) s.*/\1/' <<< "$CPY")"
python3 -c "import sys; a, c = float(sys.argv[1]), float(sys.argv[2]); print(f'best: adder {a:.3f} s, cpython {c:.3f} s, adder/cpython = {a / c:.2f}x' + (' (adder faster)' if a < c else ' (cpython faster)'))" "$A" "$C"
