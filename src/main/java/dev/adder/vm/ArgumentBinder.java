package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a new frame's parameters: CPython 3.11's {@code initialize_locals}
 * (Python/ceval.c) with its exact TypeErrors. Arguments are read in place from {@code src}
 * ({@code npos} positional values at {@code start}, then one value per keyword name), so calls from
 * the value stack need no argument array.
 */
final class ArgumentBinder {
    private ArgumentBinder() {
    }

    // CPython 3.11: Python/ceval.c initialize_locals
    static void bind(PyFunction func, Object[] lp, Object[] src, int start, int npos, String[] kwnames) {
        PyCode co = func.code;
        int argcount = co.co_argcount();
        int totalArgs = argcount + co.co_kwonlyargcount();
        int flags = co.co_flags();
        PyDict kwdict = null;
        if ((flags & PyCode.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            lp[totalArgs + ((flags & PyCode.CO_VARARGS) != 0 ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(src, start, lp, 0, n);
        if ((flags & PyCode.CO_VARARGS) != 0) {
            Object[] rest = new Object[npos - n];
            System.arraycopy(src, start + n, rest, 0, rest.length);
            lp[totalArgs] = rest.length == 0 ? PyTuple.EMPTY : PyTuple.wrap(rest);
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        for (int i = 0; i < nkw; i++) {
            String keyword = kwnames[i];
            Object value = src[start + npos + i];
            int j = findKeyword(co, keyword, totalArgs);
            if (j < 0) {
                if (kwdict == null) {
                    if (co.co_posonlyargcount() > 0) {
                        positionalOnlyAsKeyword(func, kwnames);
                    }
                    throw Errors.typeError(func.qualname + "() got an unexpected keyword argument '" + keyword + "'");
                }
                kwdict.put(keyword, value);
                continue;
            }
            if (lp[j] != null) {
                throw Errors.typeError(func.qualname + "() got multiple values for argument '" + keyword + "'");
            }
            lp[j] = value;
        }
        if (npos > argcount && (flags & PyCode.CO_VARARGS) == 0) {
            throw tooManyPositional(func, npos, lp);
        }
        if (npos < argcount) {
            fillDefaults(func, lp, n);
        }
        if (co.co_kwonlyargcount() > 0) {
            fillKwDefaults(func, lp);
        }
    }

    private static int findKeyword(PyCode co, String keyword, int totalArgs) {
        for (int j = co.co_posonlyargcount(); j < totalArgs; j++) {
            if (co.localsPlusName(j).equals(keyword)) {
                return j;
            }
        }
        return -1;
    }

    private static void fillDefaults(PyFunction func, Object[] lp, int n) {
        PyCode co = func.code;
        int argcount = co.co_argcount();
        Object[] defs = func.defaults;
        int defcount = defs == null ? 0 : defs.length;
        int m = argcount - defcount;
        int missing = 0;
        for (int i = n; i < m; i++) {
            if (lp[i] == null) {
                missing++;
            }
        }
        if (missing > 0) {
            throw missingArguments(func, lp, true, 0, m);
        }
        for (int i = n > m ? n - m : 0; i < defcount; i++) {
            if (lp[m + i] == null) {
                lp[m + i] = defs[i];
            }
        }
    }

    private static void fillKwDefaults(PyFunction func, Object[] lp) {
        PyCode co = func.code;
        int from = co.co_argcount();
        int to = from + co.co_kwonlyargcount();
        int missing = 0;
        for (int i = from; i < to; i++) {
            if (lp[i] != null) {
                continue;
            }
            Object def = func.kwdefaults == null ? null : func.kwdefaults.get(co.localsPlusName(i));
            if (def != null) {
                lp[i] = def;
            } else {
                missing++;
            }
        }
        if (missing > 0) {
            throw missingArguments(func, lp, false, from, to);
        }
    }

    // CPython 3.11: Python/ceval.c missing_arguments, format_missing
    private static PyBaseException missingArguments(PyFunction func, Object[] lp, boolean positional, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (lp[i] == null) {
                names.add(Ops.repr(func.code.localsPlusName(i)));
            }
        }
        int len = names.size();
        String list;
        if (len == 1) {
            list = names.get(0);
        } else if (len == 2) {
            list = names.get(0) + " and " + names.get(1);
        } else {
            list = String.join(", ", names.subList(0, len - 1)) + ", and " + names.get(len - 1);
        }
        return Errors.typeError(func.qualname + "() missing " + len + " required "
                + (positional ? "positional" : "keyword-only") + " argument" + (len == 1 ? "" : "s") + ": " + list);
    }

    // CPython 3.11: Python/ceval.c too_many_positional
    private static PyBaseException tooManyPositional(PyFunction func, int given, Object[] lp) {
        PyCode co = func.code;
        int argcount = co.co_argcount();
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + co.co_kwonlyargcount(); i++) {
            if (lp[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = func.defaults == null ? 0 : func.defaults.length;
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (argcount - defcount) + " to " + argcount;
        } else {
            plural = argcount != 1;
            sig = String.valueOf(argcount);
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return Errors.typeError(func.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    // CPython 3.11: Python/ceval.c positional_only_passed_as_keyword
    private static void positionalOnlyAsKeyword(PyFunction func, String[] kwnames) {
        List<String> hits = new ArrayList<>();
        for (int k = 0; k < func.code.co_posonlyargcount(); k++) {
            String name = func.code.localsPlusName(k);
            for (String kw : kwnames) {
                if (kw.equals(name)) {
                    hits.add(name);
                    break;
                }
            }
        }
        if (!hits.isEmpty()) {
            throw Errors.typeError(func.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", hits) + "'");
        }
    }
}
