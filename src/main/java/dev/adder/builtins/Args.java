package dev.adder.builtins;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import java.util.Arrays;

/**
 * Argument checking for functions written in Java, with the exact TypeErrors of CPython's several
 * conventions: {@code METH_O} ({@link #one}), {@code _PyArg_CheckPositional} ({@link #positional}),
 * and Argument Clinic's {@code _PyArg_UnpackKeywords} ({@link Signature}). CPython is not uniform:
 * each built-in uses the convention its C code uses.
 */
public final class Args {
    private Args() {}

    /** The number of positional arguments in a vectorcall. */
    public static int npos(Object[] args, String[] kwnames) {
        return args.length - PyCallable.kwCount(kwnames);
    }

    /** {@code _PyArg_NoKwnames}: "len() takes no keyword arguments". */
    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /**
     * {@code METH_O}: the single positional argument, or "len() takes exactly one argument (2 given)"
     * / "len() takes no keyword arguments".
     */
    public static Object one(String fname, Object[] args, String[] kwnames) {
        noKeywords(fname, kwnames);
        if (args.length != 1) {
            throw Errors.typeError(fname + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** {@code METH_NOARGS}: "globals() takes no arguments (1 given)". */
    public static void none(String fname, Object[] args, String[] kwnames) {
        noKeywords(fname, kwnames);
        if (args.length != 0) {
            throw Errors.typeError(fname + "() takes no arguments (" + args.length + " given)");
        }
    }

    /**
     * {@code _PyArg_CheckPositional} on the positional arguments: "divmod expected 2 arguments, got 1",
     * "iter expected at least 1 argument, got 0", "getattr expected at most 3 arguments, got 4".
     * Keywords are not checked here (see {@link #noKeywords}).
     */
    // CPython 3.11: Python/getargs.c _PyArg_CheckPositional
    public static int positional(String fname, Object[] args, String[] kwnames, int min, int max) {
        int n = npos(args, kwnames);
        if (n < min) {
            throw Errors.typeError(fname + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(fname + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
        return n;
    }

    /** {@link #noKeywords} then {@link #positional}: a {@code METH_FASTCALL} function without keywords. */
    public static int fastcall(String fname, Object[] args, String[] kwnames, int min, int max) {
        noKeywords(fname, kwnames);
        return positional(fname, args, kwnames, min, max);
    }

    /**
     * The value of keyword {@code name} in a call, or null; "'x' is an invalid keyword argument for
     * min()" for keywords not in {@code allowed}.
     */
    public static Object keyword(Object[] args, String[] kwnames, String name) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /** Raises "'x' is an invalid keyword argument for f()" for the first keyword not in {@code allowed}. */
    public static void onlyKeywords(String fname, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        for (String k : kwnames) {
            if (!Arrays.asList(allowed).contains(k)) {
                throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
            }
        }
    }

    /**
     * An Argument Clinic signature: {@code posonly} positional-only parameters, then named ones
     * (positional-or-keyword up to {@code maxpos}, keyword-only after), {@code minpos} required
     * positional parameters and {@code minkw} required keyword-only ones. {@link #parse} returns one
     * slot per parameter, null where an optional argument was not given.
     */
    public static final class Signature {
        private final String fname;
        private final String[] names;
        private final int posonly;
        private final int minpos;
        private final int maxpos;
        private final int minkw;

        /**
         * {@code names} lists every parameter (positional-only ones too, for messages); e.g. round is
         * {@code new Signature("round", new String[] {"number", "ndigits"}, 0, 1, 2, 0)}.
         */
        public Signature(String fname, String[] names, int posonly, int minpos, int maxpos, int minkw) {
            this.fname = fname;
            this.names = names.clone();
            this.posonly = posonly;
            this.minpos = minpos;
            this.maxpos = maxpos;
            this.minkw = minkw;
        }

        /** The arguments bound to the parameters: {@code names.length} slots, null = not given. */
        // CPython 3.11: Python/getargs.c _PyArg_UnpackKeywords
        public Object[] parse(Object[] args, String[] kwnames) {
            int nkw = PyCallable.kwCount(kwnames);
            int nargs = args.length - nkw;
            int maxargs = names.length;
            if (nkw == 0 && nargs >= minpos && nargs <= maxpos && minkw == 0) {
                return nargs == maxargs ? args : Arrays.copyOf(args, maxargs);
            }
            String f = fname + "()";
            if (nargs + nkw > maxargs) {
                throw Errors.typeError(f + " takes at most " + maxargs + " " + (nargs == 0 ? "keyword " : "")
                        + "argument" + (maxargs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
            }
            if (nargs > maxpos) {
                if (maxpos == 0) {
                    throw Errors.typeError(f + " takes no positional arguments");
                }
                throw Errors.typeError(f + " takes " + (minpos < maxpos ? "at most" : "exactly") + " " + maxpos
                        + " positional argument" + (maxpos == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            int minposonly = Math.min(posonly, minpos);
            if (nargs < minposonly) {
                throw Errors.typeError(f + " takes " + (minposonly < maxpos ? "at least" : "exactly") + " "
                        + minposonly + " positional argument" + (minposonly == 1 ? "" : "s") + " (" + nargs
                        + " given)");
            }
            Object[] out = new Object[maxargs];
            System.arraycopy(args, 0, out, 0, nargs);
            int reqlimit = minkw > 0 ? maxpos + minkw : minpos;
            int remaining = nkw;
            for (int i = Math.max(nargs, posonly); i < maxargs; i++) {
                Object v = remaining > 0 ? keyword(args, kwnames, names[i]) : null;
                if (v == null && remaining == 0 && i >= reqlimit) {
                    break;
                }
                out[i] = v;
                if (v != null) {
                    remaining--;
                } else if (i < minpos || (maxpos <= i && i < reqlimit)) {
                    throw Errors.typeError(f + " missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                }
            }
            if (remaining > 0) {
                for (int i = posonly; i < nargs; i++) {
                    if (keyword(args, kwnames, names[i]) != null) {
                        throw Errors.typeError("argument for " + f + " given by name ('" + names[i]
                                + "') and position (" + (i + 1) + ")");
                    }
                }
                for (String k : kwnames) {
                    int idx = Arrays.asList(names).indexOf(k);
                    if (idx < posonly) {
                        throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + f);
                    }
                }
            }
            return out;
        }
    }
}
