#!/usr/bin/env bash
# Adder's JSR-223 engine beside Jython 2.7.4's, in one run: JVM start to first eval result,
# invokeFunction calls/s, and calls/s of a Python closure used as a java.util.function.Function.
# Each engine runs RUNS times (default 3) in a fresh JVM; the medians are printed.
# Jython comes from Maven Central into ~/.m2 (it is not a dependency of Adder).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${RUNS:-3}"
"$ROOT/adder" -c 'pass'   # builds target/adder-*.jar if stale
JAR="$(ls "$ROOT"/target/adder-*.jar | head -1)"
JYTHON="$HOME/.m2/repository/org/python/jython-standalone/2.7.4/jython-standalone-2.7.4.jar"
if [[ ! -f "$JYTHON" ]]; then
    mvn -B -q dependency:get -Dartifact=org.python:jython-standalone:2.7.4 >&2
fi
OUT="$ROOT/target/bench-jsr223"
mkdir -p "$OUT"
javac -d "$OUT" "$ROOT/bench/jsr223/EngineBench.java"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A first invoke closure
for engine in adder jython; do
    cp="$OUT:$JAR"
    [[ $engine == jython ]] && cp="$OUT:$JYTHON"
    rows=()
    for ((i = 0; i < RUNS; i++)); do
        rows+=("$(java -XX:+UseSerialGC -cp "$cp" EngineBench "$engine" 2>/dev/null | tail -1)")
    done
    first[$engine]=$(printf '%s\n' "${rows[@]}" | awk '{print $2}' | median)
    invoke[$engine]=$(printf '%s\n' "${rows[@]}" | awk '{print $3}' | median)
    closure[$engine]=$(printf '%s\n' "${rows[@]}" | awk '{print $4}' | median)
done
printf '%-34s %14s %14s %8s\n' "measure (median of $RUNS)" "Adder" "Jython 2.7.4" "ratio"
printf '%-34s %14s %14s %8s\n' "JVM start to first eval (ms)" "${first[adder]}" "${first[jython]}" \
    "$(awk -v a="${first[adder]}" -v b="${first[jython]}" 'BEGIN {printf "%.2fx", b / a}')"
printf '%-34s %14s %14s %8s\n' "invokeFunction calls/s" "${invoke[adder]}" "${invoke[jython]}" \
    "$(awk -v a="${invoke[adder]}" -v b="${invoke[jython]}" 'BEGIN {printf "%.2fx", a / b}')"
printf '%-34s %14s %14s %8s\n' "closure as Function calls/s" "${closure[adder]}" "${closure[jython]}" \
    "$(awk -v a="${closure[adder]}" -v b="${closure[jython]}" 'BEGIN {printf "%.2fx", a / b}')"
echo "(ratios: how many times better Adder is; above 1 = Adder ahead)"
