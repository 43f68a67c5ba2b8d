package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The container types define the same attribute names as python3's ({@code vars(T)}), minus a documented few. */
class ContainerTypesDirTest {
    /** Names Adder does not define on these types (yet): object machinery, pickling, generics, sizes. */
    private static final Set<String> NOT_DEFINED = Set.of("__doc__", "__getattribute__", "__new__", "__sizeof__",
            "__reduce__", "__setstate__");

    @Test
    void namesMatchCPython() {
        Python3.assumeAvailable();
        PyType[] types = {PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE,
            DictView.KEYS_TYPE, DictView.VALUES_TYPE, DictView.ITEMS_TYPE, SequenceIterators.LIST_ITERATOR,
            RangeIterator.TYPE, SetIterator.TYPE, BuiltinIterators.ENUMERATE, BuiltinIterators.ZIP,
            BuiltinIterators.MAP, BuiltinIterators.FILTER, BuiltinIterators.REVERSED};
        String script = """
                import sys
                d = {}
                types = {t.__name__: t for t in [list, tuple, dict, set, frozenset, range, slice, type(d.keys()),
                         type(d.values()), type(d.items()), type(iter([])), type(iter(range(1))), type(iter(set())),
                         enumerate, zip, map, filter, reversed]}
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
        List<String> expected = Python3.run(script, args.toArray(new String[0]));
        assertEquals(String.join("\n", expected), String.join("\n", ours));
    }
}
