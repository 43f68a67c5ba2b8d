package dev.adder.builtins;

import dev.adder.objects.BuiltinIterators;
import dev.adder.objects.FloatMethods;
import dev.adder.objects.IntMethods;
import dev.adder.objects.PyByteArray;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyComplex;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyFrozenSet;
import dev.adder.objects.PyList;
import dev.adder.objects.PyMemoryView;
import dev.adder.objects.PyModule;
import dev.adder.objects.PyRange;
import dev.adder.objects.PySet;
import dev.adder.objects.PySlice;
import dev.adder.objects.PyTuple;
import dev.adder.objects.StrMethods;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import dev.adder.vm.InterpreterState;

/**
 * The {@code builtins} module of one interpreter: fills {@link InterpreterState#builtins()} with
 * fresh function objects (those that need the interpreter, such as {@code print} and {@code id},
 * close over it), the built-in types, the exception types and the constants, as {@code
 * dir(builtins)} lists them in CPython 3.11.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /**
     * Installs the builtins into {@code interp}; {@code sysDict} is the dictionary of that
     * interpreter's {@code sys} module (print and input find the standard streams there);
     * {@code compiler} (may be null) serves {@code compile}, {@code exec} and {@code eval} of source.
     */
    public static PyModule install(InterpreterState interp, PyDict sysDict, SourceCompiler compiler) {
        PyDict b = interp.builtins();
        b.put("__name__", "builtins");
        b.put("__doc__", "Built-in functions, exceptions, and other objects.");
        b.put("__package__", "");
        b.put("__loader__", PyNone.NONE);
        b.put("__spec__", PyNone.NONE);
        b.put("None", PyNone.NONE);
        b.put("True", Boolean.TRUE);
        b.put("False", Boolean.FALSE);
        b.put("Ellipsis", PySingleton.ELLIPSIS);
        b.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        b.put("__debug__", Boolean.TRUE);
        types(b);
        for (PyType t : ExceptionTypes.all()) {
            b.put(t.name(), t);
        }
        b.put("EnvironmentError", ExceptionTypes.OSERROR);
        b.put("IOError", ExceptionTypes.OSERROR);
        b.put("super", PySuper.createType(interp));
        functions(b, interp, sysDict);
        EvalFunctions eval = new EvalFunctions(interp, compiler);
        def(b, "compile", "Compile source into a code object that can be executed by exec() or eval().",
                eval::compile);
        def(b, "exec", "Execute the given source in the context of globals and locals.", eval::exec);
        def(b, "eval", "Evaluate the given source in the context of globals and locals.", eval::eval);
        PyModule module = new PyModule("builtins", b);
        interp.modules().put("builtins", module);
        return module;
    }

    private static void types(PyDict b) {
        PyType[] types = {
            CoreTypes.OBJECT, CoreTypes.TYPE, IntMethods.BOOL_TYPE, IntMethods.TYPE, FloatMethods.TYPE,
            PyComplex.TYPE, StrMethods.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
            PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE, BuiltinIterators.ENUMERATE, BuiltinIterators.ZIP,
            BuiltinIterators.MAP, BuiltinIterators.FILTER, BuiltinIterators.REVERSED, Descriptors.STATICMETHOD,
            Descriptors.CLASSMETHOD, Descriptors.PROPERTY_TYPE,
        };
        for (PyType t : types) {
            b.put(t.name(), t);
        }
    }

    private static void functions(PyDict b, InterpreterState interp, PyDict sysDict) {
        def(b, "abs", "Return the absolute value of the argument.", NumberFunctions::abs);
        def(b, "all", "Return True if bool(x) is True for all values x in the iterable.", IterFunctions::all);
        def(b, "any", "Return True if bool(x) is True for any x in the iterable.", IterFunctions::any);
        def(b, "ascii", "Return an ASCII-only representation of an object.", ObjectFunctions::ascii);
        def(b, "bin", "Return the binary representation of an integer.",
                (a, k) -> NumberFunctions.radix("bin", "#b", a, k));
        def(b, "callable", "Return whether the object is callable (i.e., some kind of function).",
                ObjectFunctions::callable);
        def(b, "chr", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
                ObjectFunctions::chr);
        def(b, "delattr", "Deletes the named attribute from the given object.", ObjectFunctions::delattr);
        def(b, "divmod", "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.", NumberFunctions::divmod);
        def(b, "format", "Return type(value).__format__(value, format_spec)", ObjectFunctions::format);
        def(b, "getattr", "Get a named attribute from an object.", ObjectFunctions::getattr);
        def(b, "hasattr", "Return whether the object has an attribute with the given name.",
                ObjectFunctions::hasattr);
        def(b, "hash", "Return the hash value for the given object.", ObjectFunctions::hash);
        def(b, "hex", "Return the hexadecimal representation of an integer.",
                (a, k) -> NumberFunctions.radix("hex", "#x", a, k));
        def(b, "isinstance", "Return whether an object is an instance of a class or of a subclass thereof.",
                ObjectFunctions::isinstance);
        def(b, "issubclass", "Return whether 'cls' is derived from another class or is the same class.",
                ObjectFunctions::issubclass);
        def(b, "iter", "Get an iterator from an object.", IterFunctions::iter);
        def(b, "len", "Return the number of items in a container.", ObjectFunctions::len);
        def(b, "max", "With a single iterable argument, return its biggest item.",
                (a, k) -> IterFunctions.minMax("max", dev.adder.objects.Compare.GT, a, k));
        def(b, "min", "With a single iterable argument, return its smallest item.",
                (a, k) -> IterFunctions.minMax("min", dev.adder.objects.Compare.LT, a, k));
        def(b, "next", "Return the next item from the iterator.", IterFunctions::next);
        def(b, "oct", "Return the octal representation of an integer.",
                (a, k) -> NumberFunctions.radix("oct", "#o", a, k));
        def(b, "ord", "Return the Unicode code point for a one-character string.", ObjectFunctions::ord);
        def(b, "pow", "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments",
                NumberFunctions::pow);
        def(b, "repr", "Return the canonical string representation of the object.", ObjectFunctions::repr);
        def(b, "round", "Round a number to a given precision in decimal digits.", NumberFunctions::round);
        def(b, "setattr", "Sets the named attribute on the given object to the specified value.",
                ObjectFunctions::setattr);
        def(b, "sorted", "Return a new list containing all items from the iterable in ascending order.",
                IterFunctions::sorted);
        def(b, "sum", "Return the sum of a 'start' value (default: 0) plus an iterable of numbers",
                IterFunctions::sum);
        IoFunctions io = new IoFunctions(sysDict);
        def(b, "print", "Prints the values to a stream, or to sys.stdout by default.", io::print);
        def(b, "input", "Read a string from standard input.  The trailing newline is stripped.", io::input);
        NamespaceFunctions ns = new NamespaceFunctions(interp);
        def(b, "id", "Return the identity of an object.", ns::id);
        def(b, "globals", "Return the dictionary containing the current scope's global variables.", ns::globals);
        def(b, "locals", "Return a dictionary containing the current scope's local variables.", ns::locals);
        def(b, "vars", "Show vars.", ns::vars);
        def(b, "dir", "Show attributes of an object.", ns::dir);
        def(b, "__import__", "Import a module.", ns::importModule);
        def(b, "exit", "Exit the interpreter by raising SystemExit(status).", NamespaceFunctions::quit);
        def(b, "quit", "Exit the interpreter by raising SystemExit(status).", NamespaceFunctions::quit);
    }

    private static void def(PyDict b, String name, String doc, PyCallable body) {
        b.put(name, new PyBuiltinFunction(name, doc, body));
    }
}
