package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.builtins.PythonRuntime;
import dev.adder.compiler.SourceCompilation;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.PyBaseException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import system at the VM's level: search path, file policy, source provider, caches, threads, host finders. */
class ImportSystemTest {
    @TempDir
    Path dir;

    private static InterpreterState interp() {
        InterpreterState interp = PythonRuntime.create(new String[] {"t"}, new StringWriter(), new StringWriter(),
                null, SourceCompilation::compileForRuntime, false);
        interp.setModuleCompiler((bytes, fn) -> AdderCode.compile(new String(bytes, StandardCharsets.UTF_8), fn));
        return interp;
    }

    private static PyDict run(InterpreterState interp, String source) {
        PyDict g = PythonRuntime.mainModule(interp, "<test>").globals();
        Interpreter.runModule(interp, AdderCode.compile(source, "<test>"), g);
        return g;
    }

    private static String error(InterpreterState interp, String source) {
        PyBaseException e = assertThrows(PyBaseException.class, () -> run(interp, source));
        return e.type().name() + ": " + Ops.str(e);
    }

    @Test
    void searchPathDirectoriesInOrder() throws IOException {
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("two/pkg"));
        Files.writeString(dir.resolve("one/m.py"), "WHERE = 'one'\n");
        Files.writeString(dir.resolve("two/m.py"), "WHERE = 'two'\n");
        Files.writeString(dir.resolve("two/pkg/__init__.py"), "from .m import WHERE\n");
        Files.writeString(dir.resolve("two/pkg/m.py"), "WHERE = 'pkg'\n");
        InterpreterState interp = interp();
        interp.setModulePath(List.of(dir.resolve("one").toString(), dir.resolve("two").toString()));
        PyDict g = run(interp, "import m, pkg\nr = m.WHERE, pkg.WHERE, m.__file__");
        assertEquals("('one', 'pkg', '" + dir.resolve("one/m.py") + "')", Ops.repr(g.get("r")));
        assertSame(interp.modules().get("m"), g.get("m"));
        // a second interpreter has its own sys.modules
        InterpreterState other = interp();
        other.setModulePath(List.of(dir.resolve("two").toString()));
        PyDict g2 = run(other, "import m\nr = m.WHERE");
        assertEquals("two", g2.get("r"));
        assertNotSame(interp.modules().get("m"), other.modules().get("m"));
    }

    @Test
    void fileRootsLimitWhatIsRead() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("in/a.py"), "X = 1\n");
        Files.writeString(dir.resolve("out/b.py"), "X = 2\n");
        InterpreterState interp = interp();
        interp.setModulePath(List.of(dir.resolve("in").toString(), dir.resolve("out").toString()));
        interp.imports().sources().setFileRoots(List.of(dir.resolve("in")));
        assertEquals(1, run(interp, "import a\nr = a.X").get("r"));
        assertEquals("ModuleNotFoundError: No module named 'b'", error(interp, "import b"));
        interp.imports().sources().setFileRoots(List.of());
        assertEquals("ModuleNotFoundError: No module named 'c'", error(interp, "import c"));
    }

    @Test
    void compiledCodeIsCachedByModificationTime() throws IOException {
        Path file = dir.resolve("cached.py");
        Files.writeString(file, "V = 1\n");
        AtomicInteger compiles = new AtomicInteger();
        InterpreterState interp = interp();
        interp.setModuleCompiler((bytes, fn) -> {
            compiles.incrementAndGet();
            return AdderCode.compile(new String(bytes, StandardCharsets.UTF_8), fn);
        });
        interp.setModulePath(List.of(dir.toString()));
        run(interp, "import importlib, cached\nimportlib.reload(cached)");
        assertEquals(1, compiles.get(), "an unchanged file is compiled once");
        Files.writeString(file, "V = 22\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 5000));
        assertEquals(22, run(interp, "import importlib, cached\nimportlib.reload(cached)\nr = cached.V").get("r"));
        assertEquals(2, compiles.get());
    }

    @Test
    void sourceProviderActsAsADirectory() {
        Map<String, String> files = Map.of("p/__init__.py", "", "p/q/__init__.py", "", "p/q/r.py",
                "from .. import q\nfrom . import __name__ as pkg\nNAME = __name__\n");
        InterpreterState interp = interp();
        interp.imports().sources().setProvider(files::get);
        PyDict g = run(interp, "import p.q.r\nr = p.q.r.NAME, p.q.r.__file__, p.q.__path__");
        assertEquals("('p.q.r', 'p/q/r.py', ['p/q'])", Ops.repr(g.get("r")));
    }

    @Test
    void hostFindersAreAskedWhenSourcesHaveNothing() {
        InterpreterState interp = interp();
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        interp.addModuleFinder((name, fromlist) -> {
            asked.add(name + fromlist);
            if (!name.equals("host.mod")) {
                return null;
            }
            PyDict d = new PyDict();
            d.put("VALUE", 7);
            return new PyModule(name, d);
        });
        interp.imports().sources().setProvider(Map.of("inner.py", "import missing_thing\n")::get);
        assertEquals(7, run(interp, "from host.mod import VALUE\nr = VALUE").get("r"));
        assertEquals(List.of("host.mod[VALUE]"), asked);
        // a module that exists but fails on its own missing import is not handed to the finders
        assertEquals("ModuleNotFoundError: No module named 'missing_thing'", error(interp, "import inner"));
        assertEquals(List.of("host.mod[VALUE]", "missing_thing[]"), asked);
    }

    @Test
    void concurrentImportsRunTheBodyOnce() throws Exception {
        AtomicInteger bodies = new AtomicInteger();
        InterpreterState interp = interp();
        interp.builtins().put("note_body", new dev.adder.runtime.PyBuiltinFunction("note_body", null, (a, k) -> {
            bodies.incrementAndGet();
            return dev.adder.runtime.PyNone.NONE;
        }));
        interp.imports().sources().setProvider(Map.of("slow.py",
                "note_body()\nt = 0\ni = 0\nwhile i < 200000:\n    t += i\n    i += 1\nDONE = True\n")::get);
        int n = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Object> seen = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    PyDict g = new PyDict();
                    g.put("__name__", "__main__");
                    Interpreter.runModule(interp, AdderCode.compile("import slow\nr = slow.DONE", "<t>"), g);
                    seen.add(g.get("r"));
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertEquals(List.of(), errors);
        assertEquals(1, bodies.get());
        assertEquals(Collections.nCopies(n, Boolean.TRUE), seen);
    }

    @Test
    void aModuleBodyMayWaitForAThreadThatImportsAnotherModule() {
        // with one lock for all imports, the host thread's import would wait for spawner forever
        InterpreterState interp = interp();
        interp.builtins().put("import_on_host_thread", new dev.adder.runtime.PyBuiltinFunction("import_on_host_thread",
                null, (a, k) -> {
                    Object[] result = new Object[1];
                    Thread t = new Thread(() -> {
                        PyDict g = new PyDict();
                        g.put("__name__", "__main__");
                        Interpreter.runModule(interp, AdderCode.compile("import other\nr = other.X", "<t>"), g);
                        result[0] = g.get("r");
                    });
                    t.start();
                    try {
                        t.join(20_000);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    return result[0];
                }));
        interp.imports().sources().setProvider(Map.of(
                "spawner.py", "result = import_on_host_thread()\n",
                "other.py", "X = 'other'\n")::get);
        assertEquals("other", run(interp, "import spawner\nr = spawner.result").get("r"));
    }

    @Test
    void withoutACompilerSourceModulesAreAnImportError() {
        InterpreterState interp = new InterpreterState();
        interp.imports().sources().setProvider(Map.of("m.py", "X = 1\n")::get);
        PyDict g = new PyDict();
        g.put("__name__", "__main__");
        PyBaseException e = assertThrows(PyBaseException.class,
                () -> Interpreter.runModule(interp, AdderCode.compile("import m", "<t>"), g));
        assertTrue(Ops.str(e).contains("no compiler"), Ops.str(e));
    }
}
