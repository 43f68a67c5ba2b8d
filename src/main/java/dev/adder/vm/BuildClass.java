package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.objects.TypeNew;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code builtins.__build_class__}, what a {@code class} statement calls (CPython 3.11:
 * Python/bltinmodule.c builtin___build_class__): resolves {@code __mro_entries__}, finds the most
 * derived metaclass, asks it for a namespace ({@code __prepare__}), runs the body in it, calls the
 * metaclass and checks the {@code __class__} cell.
 */
final class BuildClass {
    private BuildClass() {
    }

    static Object build(InterpreterState interp, Object[] args, String[] kwnames) {
        int nkw = PyCallable.kwCount(kwnames);
        int npos = args.length - nkw;
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof String name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        Object[] origBases = new Object[npos - 2];
        System.arraycopy(args, 2, origBases, 0, origBases.length);
        Object[] bases = updateBases(origBases);
        Object meta = null;
        List<String> kwNames = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) {
                meta = args[npos + i];
            } else {
                kwNames.add(kwnames[i]);
                kwValues.add(args[npos + i]);
            }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) {
            meta = bases.length == 0 ? CoreTypes.TYPE : Ops.type(bases[0]);
        }
        if (isClass) {
            meta = TypeNew.calculateMetaclass((PyType) meta, bases);
        }
        String[] kwn = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
        Object ns = prepare(meta, name, bases, kwValues, kwn);
        Object cell = Interpreter.runClassBody(interp.threadState(), body, ns);
        if (bases != origBases) {
            Ops.setitem(ns, "__orig_bases__", PyTuple.of(origBases));
        }
        Object[] margs = new Object[3 + kwValues.size()];
        margs[0] = name;
        margs[1] = PyTuple.of(bases);
        margs[2] = ns;
        for (int i = 0; i < kwValues.size(); i++) {
            margs[3 + i] = kwValues.get(i);
        }
        Object cls = Ops.call(meta, margs, kwn);
        if (cls instanceof PyType && cell instanceof PyCell c && c.get() != cls) {
            if (c.get() == null) {
                throw Errors.runtimeError("__class__ not set defining " + Ops.repr(name) + " as " + Ops.repr(cls)
                        + ". Was __classcell__ propagated to type.__new__?");
            }
            throw Errors.typeError("__class__ set to " + Ops.repr(c.get()) + " defining " + Ops.repr(name) + " as "
                    + Ops.repr(cls));
        }
        return cls;
    }

    /** The namespace the body runs in: {@code meta.__prepare__(name, bases, **kw)}, or a new dict. */
    private static Object prepare(Object meta, String name, Object[] bases, List<Object> kwValues, String[] kwn) {
        Object prep;
        try {
            prep = Ops.getattrOrNull(meta, "__prepare__");
        } catch (PyBaseException e) {
            if (!e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            prep = null;
        }
        if (prep == null) {
            return new PyDict();
        }
        Object[] pargs = new Object[2 + kwValues.size()];
        pargs[0] = name;
        pargs[1] = PyTuple.of(bases);
        for (int i = 0; i < kwValues.size(); i++) {
            pargs[2 + i] = kwValues.get(i);
        }
        Object ns = Ops.call(prep, pargs, kwn);
        if (!(ns instanceof PyDict) && Ops.type(ns).lookup("__getitem__") == null) {
            String who = meta instanceof PyType t ? t.name() : "<metaclass>";
            throw Errors.typeError(who + ".__prepare__() must return a mapping, not " + Errors.typeName(ns));
        }
        return ns;
    }

    // CPython 3.11: Python/bltinmodule.c update_bases (PEP 560 __mro_entries__)
    private static Object[] updateBases(Object[] bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            Object entries = b instanceof PyType ? null : Ops.getattrOrNull(b, "__mro_entries__");
            if (entries == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases[j]);
                }
            }
            Object r = Ops.call(entries, PyTuple.of(bases));
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            for (Object x : t.toArray()) {
                out.add(x);
            }
        }
        return out == null ? bases : out.toArray();
    }
}
