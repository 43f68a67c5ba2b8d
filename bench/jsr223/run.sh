#!/usr/bin/env bash
# Adder's JSR-223 engine beside Jython 2.7.4's, in one run: JVM start to first eval result,
# invokeFunction calls/s, and calls/s of a Python closure used as a java.util.function.Function.
# Each engine runs RUNS times (default 3) in a fresh JVM, plainly and with an application
# class-data-sharing archive made by a training run (what a host that cares about start-up does);
# the medians are printed. Jython comes from Maven Central into ~/.m2 (it is not a dependency of Adder).
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
rm -rf "$OUT" && mkdir -p "$OUT/classes"
javac -d "$OUT/classes" "$ROOT/bench/jsr223/EngineBench.java"
jar cf "$OUT/bench.jar" -C "$OUT/classes" .   # CDS wants jars, not directories
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A first firstcds invoke closure
for engine in adder jython; do
    cp="$OUT/bench.jar:$JAR"
    [[ $engine == jython ]] && cp="$OUT/bench.jar:$JYTHON"
    java -XX:ArchiveClassesAtExit="$OUT/$engine.jsa" -XX:+UseSerialGC -cp "$cp" EngineBench "$engine" train \
        >/dev/null 2>&1
    for mode in plain cds; do
        opts=(-XX:+UseSerialGC)
        [[ $mode == cds ]] && opts+=(-XX:SharedArchiveFile="$OUT/$engine.jsa")
        rows=()
        for ((i = 0; i < RUNS; i++)); do
            start=$(date +%s%3N)
            row="$(java "${opts[@]}" -cp "$cp" EngineBench "$engine" 2>/dev/null | tail -1)"
            rows+=("$(awk -v s="$start" '{print $2 - s, $3, $4}' <<<"$row")")
        done
        if [[ $mode == plain ]]; then
            first[$engine]=$(printf '%s\n' "${rows[@]}" | awk '{print $1}' | median)
            invoke[$engine]=$(printf '%s\n' "${rows[@]}" | awk '{print $2}' | median)
            closure[$engine]=$(printf '%s\n' "${rows[@]}" | awk '{print $3}' | median)
        else
            firstcds[$engine]=$(printf '%s\n' "${rows[@]}" | awk '{print $1}' | median)
        fi
    done
done
row() {  # label, adder, jython, ratio as jython/adder (times: lower is better) or adder/jython
    printf '%-40s %12s %14s %8s\n' "$1" "$2" "$3" "$(awk -v a="$2" -v b="$3" -v inv="$4" \
        'BEGIN {printf "%.2fx", inv ? b / a : a / b}')"
}
printf '%-40s %12s %14s %8s\n' "measure (median of $RUNS runs)" "Adder" "Jython 2.7.4" "Adder's"
row "JVM start to first eval result (ms)" "${first[adder]}" "${first[jython]}" 1
row "  the same with an AppCDS archive (ms)" "${firstcds[adder]}" "${firstcds[jython]}" 1
row "invokeFunction calls/s" "${invoke[adder]}" "${invoke[jython]}" 0
row "closure as Function calls/s" "${closure[adder]}" "${closure[jython]}" 0
echo "(last column: how many times better Adder does; above 1.00x = Adder ahead)"
