package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** print, sys.stdout/stderr/stdin, FILENAME and ARGV follow the ScriptContext of each evaluation. */
class ContextTest {
    private final ScriptEngine engine = Engines.python();

    @Test
    void printAndStreamsUseTheContextsWriters() throws Exception {
        StringWriter out = Engines.captureOut(engine);
        StringWriter err = Engines.captureErr(engine);
        engine.eval("import sys\nprint('héllo', '😀', sep='|')\nsys.stdout.write('w\\n')\nprint('e', file=sys.stderr)");
        assertEquals("héllo|😀\nw\n", out.toString());
        assertEquals("e\n", err.toString());
    }

    @Test
    void inputReadsTheContextsReader() throws Exception {
        engine.getContext().setReader(new StringReader("first line\nsecond\n"));
        StringWriter out = Engines.captureOut(engine);
        assertEquals("first line|second\n", engine.eval("a = input('? ')\nimport sys\nb = sys.stdin.readline()\na + '|' + b"));
        assertEquals("? ", out.toString());
    }

    @Test
    void filenameNamesTracebacksAndFile() throws Exception {
        engine.put(ScriptEngine.FILENAME, "config.py");
        assertEquals("config.py", engine.eval("__file__"));
        javax.script.ScriptException e = org.junit.jupiter.api.Assertions.assertThrows(
                javax.script.ScriptException.class, () -> engine.eval("x = 1\n1 / 0\n"));
        assertEquals("config.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
    }

    @Test
    void argvBecomesSysArgv() throws Exception {
        engine.put(ScriptEngine.ARGV, new String[] {"prog", "--flag"});
        assertEquals(List.of("prog", "--flag"), engine.eval("import sys\nsys.argv"));
    }

    @Test
    void eachThreadPrintsToItsOwnContext() throws Exception {
        engine.eval("def shout(tag, n):\n    for i in range(n):\n        print(tag, i)");
        int threads = 6;
        List<StringWriter> outs = new ArrayList<>();
        List<Thread> ts = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            ScriptContext ctx = new SimpleScriptContext();
            ctx.setBindings(engine.getBindings(ScriptContext.ENGINE_SCOPE), ScriptContext.ENGINE_SCOPE);
            StringWriter w = new StringWriter();
            ctx.setWriter(w);
            outs.add(w);
            String tag = "t" + t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    engine.eval("shout('" + tag + "', 300)", ctx);
                } catch (Throwable x) {
                    errors.add(x);
                }
            });
            ts.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : ts) {
            th.join();
        }
        assertEquals(List.of(), errors);
        for (int t = 0; t < threads; t++) {
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                want.append("t").append(t).append(' ').append(i).append('\n');
            }
            assertEquals(want.toString(), outs.get(t).toString());
        }
    }
}
