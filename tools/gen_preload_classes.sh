#!/usr/bin/env bash
# Regenerates src/main/resources/dev/adder/jsr223/preload-classes.txt: the Adder classes a fresh JVM
# loads from getEngineByName("python") to the result of a first small evaluation (jsr223.ClassPreloader
# loads them on a background thread), in the reverse of the order the evaluation loads them (so the
# evaluating thread and the preloader meet once instead of queueing behind each other at every class);
# then the classes a function definition and call add. Run after `mvn package`:
#   tools/gen_preload_classes.sh [target/adder-0.1.0-SNAPSHOT.jar]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${1:-$(ls "$ROOT"/target/adder-*.jar | head -1)}"
OUT="$ROOT/src/main/resources/dev/adder/jsr223/preload-classes.txt"
mkdir -p "$(dirname "$OUT")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cat > "$TMP/FirstEval.java" <<'JAVA'
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

public class FirstEval {
    public static void main(String[] args) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        engine.eval("1 + 1");
        if (args.length > 0) {
            // a function call, as hosts' first scripts (and invokeFunction) soon need; more classes would only
            // keep the second core busy when the first evaluation needs none of them
            engine.eval("def add(a, b):\n    return a + b\nadd(20, 22)\n");
        }
    }
}
JAVA
javac -d "$TMP" "$TMP/FirstEval.java"
# "[time][info][class,load] NAME source: ..." -> NAME; no hidden classes (lambdas), no engine entry classes
classes() {
    java -Dadder.preloadClasses=false -Xlog:class+load:file="$TMP/load.txt" -cp "$TMP:$JAR" FirstEval "$@"
    awk '{print $2}' "$TMP/load.txt" | grep '^dev\.adder\.' | grep -v -e '\$\$Lambda' -e '/' \
        -e '^dev\.adder\.jsr223\.AdderScriptEngine' -e '^dev\.adder\.jsr223\.ClassPreloader$'
}
classes > "$TMP/first.txt"
classes more > "$TMP/more.txt"
# the first evaluation's classes in reverse loading order; then what the call added, in loading order
{ tac "$TMP/first.txt"; grep -v -x -F -f "$TMP/first.txt" "$TMP/more.txt" || true; } > "$OUT"
echo "$(wc -l < "$OUT") classes -> $OUT"
