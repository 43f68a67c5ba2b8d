package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code builtins.__build_class__}, what a {@code class} statement calls (CPython 3.11:
 * Python/bltinmodule.c builtin___build_class__ and, for the metaclass {@code type},
 * Objects/typeobject.c type_new): runs the body on a fresh namespace, makes the heap type, fills
 * the {@code __class__} cell.
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
        Object[] bases = new Object[npos - 2];
        System.arraycopy(args, 2, bases, 0, bases.length);
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
        if (meta == null) {
            meta = bases.length == 0 ? CoreTypes.TYPE : Ops.type(bases[0]);
        }
        PyDict ns = new PyDict();
        Object cell = Interpreter.runClassBody(interp.threadState(), body, ns);
        Object cls;
        if (meta == CoreTypes.TYPE) {
            if (!kwNames.isEmpty()) {
                throw Errors.typeError(name + ".__init_subclass__() takes no keyword arguments");
            }
            cls = newHeapType(name, bases, ns);
        } else {
            Object[] margs = new Object[3 + kwValues.size()];
            margs[0] = name;
            margs[1] = PyTuple.of(bases);
            margs[2] = ns;
            for (int i = 0; i < kwValues.size(); i++) {
                margs[3 + i] = kwValues.get(i);
            }
            cls = Ops.call(meta, margs, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        }
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

    // CPython 3.11: Objects/typeobject.c type_new (the parts a plain class statement needs)
    /** {@code type(name, bases, ns)}: a heap type with the namespace as its attributes. */
    static PyType newHeapType(String name, Object[] bases, PyDict ns) {
        PyType[] bs;
        if (bases.length == 0) {
            bs = new PyType[] {CoreTypes.OBJECT};
        } else {
            bs = new PyType[bases.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(bases[i] instanceof PyType t)) {
                    throw Errors.typeError("bases must be types");
                }
                bs[i] = t;
            }
        }
        Object module = ns.get("__module__");
        PyType t = new PyType(name, module instanceof String s ? s : null, bs, null, true, null);
        Object qualname = ns.get("__qualname__");
        if (qualname != null && !(qualname instanceof String)) {
            throw Errors.typeError("type __qualname__ must be a str, not " + Errors.typeName(qualname));
        }
        t.setQualname(qualname == null ? name : (String) qualname);
        Object classcell = null;
        for (Map.Entry<Object, Object> e : ns.entrySet()) {
            Object k = e.getKey();
            if ("__qualname__".equals(k)) {
                continue;
            }
            if ("__classcell__".equals(k)) {
                classcell = e.getValue();
                continue;
            }
            t.setAttribute(k instanceof String s ? s : Ops.str(k), e.getValue());
        }
        if (t.dict().get("__doc__") == null) {
            t.setAttribute("__doc__", PyNone.NONE);
        }
        if (classcell != null) {
            if (!(classcell instanceof PyCell c)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + Ops.repr(Ops.type(classcell)));
            }
            c.set(t);
        }
        return t;
    }

}
