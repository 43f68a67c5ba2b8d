#!/usr/bin/env bash
# Adder's JSR-223 engine beside Jython 2.7.4's, in one run: JVM start to first eval result,
# invokeFunction calls/s, and calls/s of a Python closure used as a java.util.function.Function.
# Every measurement runs RUNS times (default 3), each in a fresh JVM; the medians are printed.
# Start-up is measured plainly and with an application class-data-sharing archive made by a
# training run (what a host that cares about start-up does), for both engines.
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
rm -rf "$OUT" && mkdir -p "$OUT/classes"
javac -d "$OUT/classes" "$ROOT/bench/jsr223/EngineBench.java"
jar cf "$OUT/bench.jar" -C "$OUT/classes" .   # CDS wants jars, not directories
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A result
for engine in adder jython; do
    cp="$OUT/bench.jar:$JAR"
    [[ $engine == jython ]] && cp="$OUT/bench.jar:$JYTHON"
    java -XX:ArchiveClassesAtExit="$OUT/$engine.jsa" -XX:+UseSerialGC -cp "$cp" EngineBench "$engine" first \
        >/dev/null 2>&1
    for mode in first firstcds invoke closure; do
        opts=(-XX:+UseSerialGC)
        [[ $mode == firstcds ]] && opts+=(-XX:SharedArchiveFile="$OUT/$engine.jsa")
        values=()
        for ((i = 0; i < RUNS; i++)); do
            start=$(date +%s%3N)
            v="$(java "${opts[@]}" -cp "$cp" EngineBench "$engine" "${mode%cds}" 2>/dev/null | tail -1)"
            [[ $mode == first* ]] && v=$((v - start))
            values+=("$v")
        done
        result[$engine.$mode]=$(printf '%s\n' "${values[@]}" | median)
    done
done
row() {  # label, key, 1 when lower is better
    local a="${result[adder.$2]}" b="${result[jython.$2]}"
    printf '%-40s %12s %14s %8s\n' "$1" "$a" "$b" "$(awk -v a="$a" -v b="$b" -v inv="$3" \
        'BEGIN {printf "%.2fx", inv ? b / a : a / b}')"
}
printf '%-40s %12s %14s %8s\n' "measure (median of $RUNS JVMs)" "Adder" "Jython 2.7.4" "Adder's"
row "JVM start to first eval result (ms)" first 1
row "  the same with an AppCDS archive (ms)" firstcds 1
row "invokeFunction calls/s" invoke 0
row "closure as Function calls/s" closure 0
echo "(last column: how many times better Adder does; above 1.00x = Adder ahead)"
