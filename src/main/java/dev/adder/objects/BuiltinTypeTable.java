package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyType;
import java.util.function.Consumer;

/**
 * The constructors ({@code tp_new}) and deferred method definitions of this package's built-in types,
 * and the few functions made with them at start-up, as switches on a small id rather than a lambda
 * and a method reference each: linking a lambda costs a generated class at its first use, and the
 * interpreter makes some sixty of these when it starts. An entry's code lives with its type (the
 * {@code *Methods} classes), which therefore loads only when the entry first runs.
 */
final class BuiltinTypeTable implements PyType.New, Consumer<PyType>, PyCallable {
    // types: constructor and/or definitions
    static final int OBJECT = 0;
    static final int TYPE = 1;
    static final int EXCEPTIONS = 2;
    static final int CALLABLES = 3;
    static final int BOUND_METHOD = 4;
    static final int SINGLETONS = 5;
    static final int LIST = 6;
    static final int DICT = 7;
    static final int TUPLE = 8;
    static final int INT = 9;
    static final int BOOL = 10;
    static final int FLOAT = 11;
    static final int COMPLEX = 12;
    static final int BYTES = 13;
    static final int BYTEARRAY = 14;
    static final int MEMORYVIEW = 15;
    static final int RANGE = 16;
    static final int SET = 17;
    static final int FROZENSET = 18;
    static final int SLICE = 19;
    static final int GENERIC_ALIAS = 20;
    static final int UNION = 21;
    static final int MODULE = 22;
    static final int STATICMETHOD = 23;
    static final int CLASSMETHOD = 24;
    static final int ENUMERATE = 25;
    static final int ZIP = 26;
    static final int MAP = 27;
    static final int FILTER = 28;
    static final int REVERSED = 29;
    static final int ITERATOR = 30;
    static final int ITERATOR_WITH_HINT = 31;
    // functions
    static final int OBJECT_INIT = 32;
    static final int OBJECT_NEW = 33;
    static final int OBJECT_SETATTR = 34;
    static final int OBJECT_GETATTRIBUTE = 35;
    static final int OBJECT_DELATTR = 36;
    static final int TYPE_NEW = 37;

    private final int id;
    /** For the entries that fill several types at once: whether the shared definitions have run (under the fill lock). */
    private boolean done;

    BuiltinTypeTable(int id) {
        this.id = id;
    }

    /** A built-in type of {@code builtins} whose constructor and definitions are entry {@code id}. */
    static PyType builtin(String name, PyType base, int id) {
        BuiltinTypeTable e = new BuiltinTypeTable(id);
        return PyType.builtin(name, base, e).fillLazily(e);
    }

    /** A built-in type of {@code builtins} whose definitions are entry {@code id}; its base's constructor, if any. */
    static PyType builtinWithoutNew(String name, PyType base, int id) {
        return PyType.builtin(name, base, null).fillLazily(new BuiltinTypeTable(id));
    }

    /** A type of module {@code module} (a subclass of object): entry {@code id}, with a constructor when {@code withNew}. */
    static PyType inModule(String module, String name, int id, boolean withNew) {
        BuiltinTypeTable e = new BuiltinTypeTable(id);
        return new PyType(name, module, new PyType[] {CoreTypes.OBJECT}, withNew ? e : null, false, null).fillLazily(e);
    }

    /** A function whose body is entry {@code id}. */
    static BuiltinTypeTable function(int id) {
        return new BuiltinTypeTable(id);
    }

    @Override
    public Object create(PyType type, Object[] args, String[] kw) {
        switch (id) {
            case OBJECT: return CoreMethods.objectNewFn(type, args, kw);
            case TYPE: return TypeNew.typeNew(type, args, kw);
            case LIST: return type == PyList.TYPE ? new PyList() : new PyList.Subclass(type);
            case DICT: return type == PyDict.TYPE ? new PyDict() : new PyDict.Subclass(type);
            case TUPLE: return TupleMethods.newTuple(type, args, kw);
            case INT: return IntConstructor.create(type, args, kw);
            case BOOL: return IntMethods.newBool(type, args, kw);
            case FLOAT: return FloatMethods.newFloat(type, args, kw);
            case COMPLEX: return ComplexMethods.newComplex(type, args, kw);
            case BYTES: return BytesOps.newBytes(type, args, kw);
            case BYTEARRAY: return type == PyByteArray.TYPE ? new PyByteArray() : new PyByteArray.Subclass(type);
            case MEMORYVIEW: return MemoryViewMethods.newMemoryView(type, args, kw);
            case RANGE: return RangeMethods.newRange(type, args, kw);
            case SET: return SetMethods.newSet(type, args, kw);
            case FROZENSET: return SetMethods.newFrozenSet(type, args, kw);
            case SLICE: return PySlice.newSlice(type, args, kw);
            case GENERIC_ALIAS: return GenericAlias.newGenericAlias(type, args, kw);
            case MODULE: return ModuleMethods.create(type, args, kw);
            case STATICMETHOD: return FunctionWrappers.newWrapper("staticmethod", type, args, kw);
            case CLASSMETHOD: return FunctionWrappers.newWrapper("classmethod", type, args, kw);
            case ENUMERATE: return BuiltinIterators.newEnumerate(type, args, kw);
            case ZIP: return BuiltinIterators.newZip(type, args, kw);
            case MAP: return BuiltinIterators.newMap(type, args, kw);
            case FILTER: return BuiltinIterators.newFilter(type, args, kw);
            case REVERSED: return BuiltinIterators.newReversed(type, args, kw);
            default: throw new IllegalStateException("no constructor in entry " + id);
        }
    }

    @Override
    public void accept(PyType t) {
        switch (id) {
            case OBJECT: CoreMethods.defineObject(); break;
            case TYPE: CoreMethods.defineType(); break;
            case EXCEPTIONS:
            case CALLABLES:
            case SINGLETONS:
                // one entry shared by several types: the first of them to be filled defines them all
                if (!done) {
                    done = true;
                    CoreMethods.defineGroup(id);
                }
                break;
            case BOUND_METHOD: BoundMethods.define(t); break;
            case LIST: ListMethods.defineType(t); break;
            case DICT: DictMethods.defineType(t); break;
            case TUPLE: TupleMethods.defineType(t); break;
            case INT: IntMethods.defineInt(t); break;
            case BOOL: IntMethods.defineBool(t); break;
            case FLOAT: FloatMethods.defineMethods(t); break;
            case COMPLEX: ComplexMethods.defineType(t); break;
            case BYTES: BytesMethods.defineType(t); break;
            case BYTEARRAY: ByteArrayMethods.defineType(t); break;
            case MEMORYVIEW: MemoryViewMethods.defineType(t); break;
            case RANGE: RangeMethods.defineType(t); break;
            case SET: SetMethods.definePySetType(t); break;
            case FROZENSET: SetMethods.definePyFrozenSetType(t); break;
            case SLICE: PySlice.defineType(t); break;
            case GENERIC_ALIAS: GenericAlias.defineType(t); break;
            case UNION: UnionType.defineType(t); break;
            case MODULE: ModuleMethods.defineType(t); break;
            case STATICMETHOD: FunctionWrappers.defineWrapperType(t, "staticmethod"); break;
            case CLASSMETHOD: FunctionWrappers.defineWrapperType(t, "classmethod"); break;
            case ENUMERATE: BuiltinIterators.defineEnumerate(t); break;
            case ZIP: case MAP: case FILTER: IteratorTypes.define(t, false); break;
            case REVERSED: case ITERATOR_WITH_HINT: IteratorTypes.define(t, true); break;
            case ITERATOR: IteratorTypes.define(t, false); break;
            default: throw new IllegalStateException("no definitions in entry " + id);
        }
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        switch (id) {
            case OBJECT_INIT: return CoreMethods.objectInit(args, kwnames);
            case OBJECT_NEW: return CoreMethods.objectNew(args, kwnames);
            case OBJECT_SETATTR: return CoreMethods.objectSetattr(args, kwnames);
            case OBJECT_GETATTRIBUTE: return CoreMethods.objectGetattribute(args, kwnames);
            case OBJECT_DELATTR: return CoreMethods.objectDelattr(args, kwnames);
            case TYPE_NEW: return CoreMethods.typeNewFunction(args, kwnames);
            default: throw new IllegalStateException("no function in entry " + id);
        }
    }
}
