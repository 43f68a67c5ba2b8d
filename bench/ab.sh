#!/usr/bin/env bash
# Two builds of Adder side by side on the bench programs: is a change faster or slower? Runs each program
# with jar A, then jar B, N times interleaved (so machine noise hits both alike) and prints the fastest run
# of each and B's change. Usage: bench/ab.sh OLD.jar NEW.jar [N=3]   (build a jar of a commit with
# `git worktree add /tmp/old REV && (cd /tmp/old && mvn -q -o package -DskipTests)`).
set -euo pipefail
A="$(realpath "$1")"; B="$(realpath "$2")"; N="${3:-3}"   # absolute: the runs happen in bench/programs
cd "$(dirname "${BASH_SOURCE[0]}")/programs"
ms() { local s e; s=$(date +%s%N); java -XX:+UseSerialGC -cp "$1" dev.adder.cli.Main "$2" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
printf '%-20s %10s %10s %8s\n' program "A ms" "B ms" "B vs A"
for p in *.py; do
    a=(); b=()
    for ((i = 0; i < N; i++)); do
        a+=("$(ms "$A" "$p")")
        b+=("$(ms "$B" "$p")")
    done
    ma=$(printf '%s\n' "${a[@]}" | sort -n | head -1)
    mb=$(printf '%s\n' "${b[@]}" | sort -n | head -1)
    printf '%-20s %10s %10s %8s\n' "${p%.py}" "$ma" "$mb" "$(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%+.1f%%", (b - a) * 100 / a}')"
done
