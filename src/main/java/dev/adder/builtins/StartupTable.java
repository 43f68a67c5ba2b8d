package dev.adder.builtins;

import dev.adder.objects.PyDict;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyType;
import dev.adder.bytecode.PyCode;
import dev.adder.vm.ImportSystem;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.ModuleCompiler;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What this package hands out while an interpreter starts, as switches on a small id rather than a
 * lambda each (linking a lambda costs a generated class): the constructors and deferred method
 * definitions of its types, the factories of the built-in modules made on first import, a few
 * functions of {@code builtins} and the compiler of imported modules. The code of each entry stays with its class, which therefore
 * loads only when the entry first runs.
 */
final class StartupTable implements PyType.New, Consumer<PyType>, Function<InterpreterState, Object>, PyCallable,
        ModuleCompiler {
    // types (constructor and definitions)
    static final int STRUCT_SEQ = 0;
    static final int SUPER = 1;
    static final int SIMPLE_NAMESPACE = 2;
    static final int PROPERTY = 3;
    static final int ANEXT_AWAITABLE = 4;
    static final int TEXT_STREAM = 5;
    // modules made on first import
    static final int DIS = 6;
    static final int FUTURE = 7;
    static final int THREADING = 8;
    static final int THREAD = 9;
    static final int IMPORTLIB = 10;
    static final int IMPORTLIB_UTIL = 11;
    static final int IMPORTLIB_MACHINERY = 12;
    // functions
    static final int IMPORT = 13;
    static final int AITER = 14;
    static final int ANEXT = 15;
    // the compiler of imported source modules
    static final int MODULE_COMPILER = 16;

    private final int id;
    /**
     * What the entry works on: the {@link StructSeq.Kind} (STRUCT_SEQ), the interpreter (SUPER),
     * {@code sys}'s dictionary (DIS), the main thread (THREADING, THREAD), the import system (IMPORT).
     */
    private final Object data;
    /** The source compiler (DIS, may be null; MODULE_COMPILER). */
    private final SourceCompiler compiler;

    /** Adds {@code aiter} and {@code anext} to the builtins dict {@code b} (their code is {@link AsyncFunctions}'s). */
    static void registerAsyncFunctions(PyDict b) {
        b.put("aiter", new PyBuiltinFunction("aiter", "Return an AsyncIterator for an AsyncIterable object.",
                new StartupTable(AITER)));
        b.put("anext", new PyBuiltinFunction("anext",
                "Return the next item from the async iterator.\n\nIf default is given and the async iterator is "
                        + "exhausted,\nit is returned instead of raising StopAsyncIteration.",
                new StartupTable(ANEXT)));
    }

    /** The {@code super} type of {@code interp} (see {@link PySuper}). */
    static PyType superType(InterpreterState interp) {
        StartupTable entry = new StartupTable(SUPER, interp);
        return PyType.builtin("super", CoreTypes.OBJECT, entry).fillLazily(entry);
    }

    StartupTable(int id) {
        this(id, null, null);
    }

    StartupTable(int id, Object data) {
        this(id, data, null);
    }

    StartupTable(int id, Object data, SourceCompiler compiler) {
        this.id = id;
        this.data = data;
        this.compiler = compiler;
    }

    @Override
    public Object create(PyType type, Object[] args, String[] kw) {
        switch (id) {
            case STRUCT_SEQ: {
                PyType t = ((StructSeq.Kind) data).type();
                throw Errors.typeError("cannot create '" + t.module() + "." + t.name() + "' instances");
            }
            case SUPER: return PySuper.create((InterpreterState) data, type, args, kw);
            case SIMPLE_NAMESPACE: return SimpleNamespace.create(type, args, kw);
            case PROPERTY: return Descriptors.newProperty(type, args, kw);
            case ANEXT_AWAITABLE: throw Errors.typeError("cannot create 'anext_awaitable' instances");
            default: throw new IllegalStateException("no constructor in entry " + id);
        }
    }

    @Override
    public void accept(PyType t) {
        switch (id) {
            case STRUCT_SEQ: StructSeq.define(t, ((StructSeq.Kind) data).fields()); break;
            case SUPER: PySuper.defineType(t, (InterpreterState) data); break;
            case SIMPLE_NAMESPACE: SimpleNamespace.defineType(t); break;
            case PROPERTY: Descriptors.definePropertyType(t); break;
            case ANEXT_AWAITABLE: AsyncFunctions.defineAwaitable(t); break;
            case TEXT_STREAM: TextStream.defineType(t); break;
            default: throw new IllegalStateException("no definitions in entry " + id);
        }
    }

    @Override
    public Object apply(InterpreterState interp) {
        switch (id) {
            case DIS: return DisModule.create(interp, (PyDict) data, compiler);
            case FUTURE: return FutureModule.create(interp);
            case THREADING: return LazyBuiltinModules.threading(interp, (Thread) data, "threading");
            case THREAD: return LazyBuiltinModules.threading(interp, (Thread) data, "_thread");
            case IMPORTLIB: return ImportlibModule.create(interp);
            case IMPORTLIB_UTIL: return ImportlibModule.createUtil(interp);
            case IMPORTLIB_MACHINERY: return ImportlibModule.createMachinery(interp);
            default: throw new IllegalStateException("no module in entry " + id);
        }
    }

    @Override
    public Object call(Object[] args, String[] kw) {
        switch (id) {
            case IMPORT: return ImportlibModule.importFunction((ImportSystem) data, args, kw);
            case AITER: return AsyncFunctions.aiter(args, kw);
            case ANEXT: return AsyncFunctions.anext(args, kw);
            default: throw new IllegalStateException("no function in entry " + id);
        }
    }

    @Override
    public PyCode compile(byte[] source, String filename) {
        if (id != MODULE_COMPILER) {
            throw new IllegalStateException("no compiler in entry " + id);
        }
        return compiler.compile(ImportlibModule.decode(source), filename, "exec");
    }
}
