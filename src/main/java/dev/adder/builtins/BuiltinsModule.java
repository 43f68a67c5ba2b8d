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
        b.put("super", StartupTable.superType(interp));
        functions(b, interp, sysDict, compiler);
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

    private static void functions(PyDict b, InterpreterState interp, PyDict sysDict, SourceCompiler compiler) {
        BuiltinFunctionTable.install(b, new IoFunctions(sysDict), new NamespaceFunctions(interp),
                new EvalFunctions(interp, compiler), new OpenFunction(interp));
        StartupTable.registerAsyncFunctions(b);
        b.put("__import__", ImportlibModule.install(interp));
    }
}
