package dev.adder.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code from java.util import ArrayList} under the host's policy; denied by default. */
class JavaImportsTest {
    private static final Set<String> ALLOWED = Set.of("java.util.ArrayList", "java.util.HashMap", "java.util.List",
            "java.lang.Integer", "java.lang.IllegalStateException", "java.lang.Math", "java.lang.Thread",
            "java.lang.StringBuilder", "dev.adder.interop.hosts.Calculator", "dev.adder.interop.hosts.HostFailure",
            "java.lang.System", "java.lang.Runtime");

    @Test
    void deniedByDefault() {
        PyHarness py = new PyHarness();
        assertEquals("ModuleNotFoundError: No module named 'java.util.ArrayList'",
                py.error("from java.util import ArrayList"));
        assertEquals("java.util.ArrayList\n", py.exec(
                "try:\n    from java.util import ArrayList\nexcept ImportError as e:\n    print(e.name)\n"));
        assertEquals("ModuleNotFoundError: No module named 'java'", py.error("import java"));
        assertEquals("ModuleNotFoundError: No module named 'mymodule'", py.error("from mymodule import x"));
    }

    @Test
    void allowedClassesImport() {
        PyHarness py = new PyHarness(ALLOWED::contains);
        py.exec("from java.util import ArrayList, HashMap\n"
                + "xs = ArrayList()\nxs.add(1); xs.append('two')\n"
                + "ys = ArrayList([3, 4])\n"
                + "m = HashMap()\nm['k'] = xs\n");
        assertInstanceOf(ArrayList.class, py.eval("xs"));
        assertEquals("[1, 'two']", py.repr("list(xs)"));
        assertEquals(2, py.eval("len(ys)"));
        assertEquals(true, py.eval("isinstance(xs, ArrayList) and not isinstance(m, ArrayList)"));
        assertEquals(true, py.eval("type(xs) is type(ys)"));
        assertEquals("<class 'java.util.ArrayList'>", py.repr("ArrayList"));
        py.exec("from java.util import List");
        assertEquals(true, py.eval("isinstance(xs, List) and isinstance([1], List) and not isinstance(1, List)"));
        assertEquals("TypeError: cannot create 'java.util.List' instances", py.error("List()"));
        assertEquals("[1, 2]", py.repr("list(List.of(1, 2))"));
    }

    @Test
    void staticsAndConstructors() {
        PyHarness py = new PyHarness(ALLOWED::contains);
        py.exec("from java.lang import Integer, Math, StringBuilder\n"
                + "from dev.adder.interop.hosts import Calculator\n");
        assertEquals(Integer.MAX_VALUE, py.eval("Integer.MAX_VALUE"));
        assertEquals("ff", py.eval("Integer.toHexString(255)"));
        assertEquals(3, py.eval("Math.max(1, 3)"));
        assertEquals(2.5, py.eval("Math.max(1, 2.5)"));
        assertEquals("abc1", py.eval("StringBuilder('ab').append('c').append(1).toString()"));
        assertEquals(10, py.eval("Calculator.LIMIT"));
        assertEquals(8, py.eval("Calculator.twice(4)"));
        assertEquals(5, py.eval("Calculator(5).count"));
        assertEquals("TypeError: Calculator() takes 0 or 1 arguments (2 given)", py.error("Calculator(1, 2)"));
        assertEquals("TypeError: cannot set 'LIMIT' attribute of immutable type 'Calculator'",
                py.error("Calculator.LIMIT = 3"));
    }

    @Test
    void nestedClassesAndSubclassing() {
        PyHarness py = new PyHarness(Set.of("java.util.Map", "java.util.Map$Entry", "java.util.ArrayList")::contains);
        assertEquals("<class 'java.util.Map$Entry'> a 1\n", py.exec("from java.util.Map import Entry\n"
                + "from java.util import Map\n"
                + "e = Map.entry('a', 1)\nprint(Entry, e.getKey(), e.value)\n"));
        assertEquals(true, py.eval("isinstance(e, Entry)"));
        assertEquals("TypeError: Java classes cannot be subclassed in Python (bases: [java.util.ArrayList])",
                py.error("from java.util import ArrayList\nclass Mine(ArrayList):\n    pass\n"));
    }

    @Test
    void exceptionClassesImportAsExceptionTypes() {
        PyHarness py = new PyHarness(ALLOWED::contains).put("c", new dev.adder.interop.hosts.Calculator());
        assertEquals("caught bad\n", py.exec("from java.lang import IllegalStateException\n"
                + "try:\n    c.fail('bad')\nexcept IllegalStateException as e:\n    print('caught', e.getMessage())\n"));
        assertEquals("mine True\n", py.exec(
                "try:\n    raise IllegalStateException('mine')\nexcept IllegalStateException as e:\n"
                + "    print(e, isinstance(e, Exception))\n"));
        assertEquals("sub 4 True\n", py.exec("from dev.adder.interop.hosts import HostFailure\n"
                + "class Mine(HostFailure):\n    pass\n"
                + "try:\n    raise Mine('sub', 4)\nexcept HostFailure as e:\n    print(e.getMessage(), e.code, type(e) is Mine)\n"));
    }

    @Test
    void deniedTypesNeverImport() {
        PyHarness py = new PyHarness(ALLOWED::contains);
        for (String name : new String[] {"Thread", "System", "Runtime", "Class"}) {
            assertEquals("ModuleNotFoundError: No module named 'java.lang." + name + "'",
                    py.error("from java.lang import " + name), name);
        }
        assertEquals("ModuleNotFoundError: No module named 'java.util.NoSuchThing'",
                py.error("from java.util import NoSuchThing"));
        PyHarness all = new PyHarness(name -> true);
        assertEquals("ModuleNotFoundError: No module named 'java.lang.ProcessBuilder'",
                all.error("from java.lang import ProcessBuilder"));
        assertEquals("ModuleNotFoundError: No module named 'java.lang.reflect.Method'",
                all.error("from java.lang.reflect import Method"));
        assertEquals("ModuleNotFoundError: No module named 'dev.adder.vm.InterpreterState'",
                all.error("from dev.adder.vm import InterpreterState"));
        // Even with everything allowed, no way to a Class object or a class loader.
        all.exec("from java.lang import String, Integer\n");
        assertEquals("AttributeError: type object 'String' has no attribute 'class'", all.error("getattr(String, 'class')"));
        assertEquals("AttributeError: type object 'Integer' has no attribute 'getClass'",
                all.error("Integer.getClass"));
        assertEquals("AttributeError: 'ArrayList' object has no attribute 'getClass'",
                all.error("from java.util import ArrayList\nArrayList().getClass()"));
    }
}
