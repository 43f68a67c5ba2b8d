package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** bytearray, memoryview and their iterators define the attribute names python3's do ({@code vars(T)}). */
class ByteArrayDirTest {
    /** Object machinery and pickling state that Adder's built-in types do not define (as in ContainerTypesDirTest). */
    private static final Set<String> NOT_DEFINED = Set.of("__doc__", "__getattribute__", "__new__", "__sizeof__",
            "__reduce__", "__setstate__");

    @Test
    void namesMatchCPython() {
        Python3.assumeAvailable();
        PyType[] types = {PyByteArray.TYPE, PyMemoryView.TYPE, ByteArrayMethods.ITERATOR, MemoryViewMethods.ITERATOR};
        String script = """
                import sys
                types = {t.__name__: t for t in [bytearray, memoryview, type(iter(bytearray())),
                         type(iter(memoryview(b'')))]}
                skip = set(sys.argv[1].split(','))
                for name in sys.argv[2:]:
                    print(name, ' '.join(sorted(k for k in vars(types[name]) if k not in skip)))
                """;
        List<String> args = new ArrayList<>();
        args.add(String.join(",", NOT_DEFINED));
        List<String> ours = new ArrayList<>();
        for (PyType t : types) {
            args.add(t.name());
            Set<String> names = new TreeSet<>(t.dict().keySet());
            names.removeAll(NOT_DEFINED);
            ours.add(t.name() + " " + String.join(" ", names));
        }
        assertEquals(String.join("\n", Python3.run(script, args.toArray(new String[0]))), String.join("\n", ours));
    }
}
