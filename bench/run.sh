#!/usr/bin/env bash
# Benchmark, not a test: runs every bench/programs/*.py under python3 and under ./adder (whole-process
# wall time, best of N runs, after one warm-up run of ./adder so the jar is built and cached), checks that
# both print the same output, and prints a table (program, CPython s, Adder s, ratio) with the geometric
# mean of the ratios, plus the start-up cost: both on bench/hello.py (prints 1).
# Usage: bench/run.sh [RUNS] [PROGRAM.py ...]     (RUNS defaults to 3)
# Environment: PYTHON (default python3); ADDER, a command line to use instead of ./adder (e.g.
# "java -Xss16m -cp target-x/classes dev.adder.cli.Main" to time another build without touching target/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-3}"
shift || true
if [[ $# -gt 0 ]]; then PROGRAMS=("$@"); else PROGRAMS=(bench/programs/*.py); fi
PYTHON="${PYTHON:-python3}"
read -r -a ADDER <<< "${ADDER:-$ROOT/adder}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# Warm: builds the jar when sources changed, so no timed run pays for Maven.
"${ADDER[@]}" bench/hello.py > /dev/null 2>&1 || true

# best_time FILE CMD... : runs CMD RUNS times, keeps the stdout of the last run in FILE, prints the best wall time.
best_time() {
    local file="$1"; shift
    local best=""
    for ((r = 0; r < RUNS; r++)); do
        local start end t
        start=$(date +%s.%N)
        if ! "$@" > "$file" 2> "$file.err"; then
            echo "FAILED" > "$file.status"
        fi
        end=$(date +%s.%N)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
        if [[ -z "$best" ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best="$t"; fi
    done
    echo "$best"
}

printf '%-22s %10s %10s %8s  %s\n' program "CPython s" "Adder s" ratio check
RATIOS=()
ISSUE_RATIOS=()   # issue 3 lists ten programs; generators and richards were added later
EXTRAS=" generators richards "
for prog in "${PROGRAMS[@]}"; do
    name="$(basename "$prog" .py)"
    rm -f "$OUT/$name".*.status
    c=$(best_time "$OUT/$name.cpy" "$PYTHON" "$prog")
    a=$(best_time "$OUT/$name.adder" "${ADDER[@]}" "$prog")
    if [[ -f "$OUT/$name.adder.status" ]]; then
        check="adder failed: $(head -c 120 "$OUT/$name.adder.err" | tr '\n' ' ')"
    elif cmp -s "$OUT/$name.cpy" "$OUT/$name.adder"; then
        check="same output"
        RATIOS+=("$(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.4f", a / c }')")
        [[ "$EXTRAS" == *" $name "* ]] || ISSUE_RATIOS+=("${RATIOS[-1]}")
    else
        check="OUTPUT DIFFERS: cpython $(head -c 60 "$OUT/$name.cpy" | tr '\n' ' ') / adder $(head -c 60 "$OUT/$name.adder" | tr '\n' ' ')"
    fi
    ratio=$(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.2fx", a / c }')
    printf '%-22s %10s %10s %8s  %s\n' "$name" "$c" "$a" "$ratio" "$check"
done
if [[ ${#RATIOS[@]} -gt 0 ]]; then
    printf '%s\n' "${RATIOS[@]}" | awk '{ s += log($1); n++ } END { printf "geometric mean of Adder/CPython over %d programs with the same output: %.2fx\n", n, exp(s / n) }'
    if [[ ${#ISSUE_RATIOS[@]} -gt 0 ]]; then
        printf '%s\n' "${ISSUE_RATIOS[@]}" | awk '{ s += log($1); n++ } END { printf "  of them, issue 3'"'"'s programs (all but generators, richards): %d, geometric mean %.2fx\n", n, exp(s / n) }'
    fi
else
    echo "geometric mean: no program printed the same output under both"
fi
c=$(best_time "$OUT/hello.cpy" "$PYTHON" bench/hello.py)
a=$(best_time "$OUT/hello.adder" "${ADDER[@]}" bench/hello.py)
echo "start-up (bench/hello.py prints 1): CPython ${c} s, Adder ${a} s"
