package dev.adder.bytecode;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable code object with CPython 3.11's attributes: what the compiler produces and the VM
 * runs. Arrays are copied in and out; the VM reads single elements with {@link #wordAt},
 * {@link #constAt} and {@link #nameAt}.
 *
 * <p>The frame layout is CPython 3.11's localsplus: plain locals ({@code co_varnames}, parameters
 * first), then cells, then free variables. A parameter that is also a cell keeps its varnames slot
 * (it appears in both {@code co_varnames} and {@code co_cellvars}) and is not repeated among the
 * cells; {@code co_cellvars} lists the cell names in localsplus order, so such parameters come first.
 * The LOCAL and FREE argument kinds are indexes into localsplus.
 *
 * <p>The exception and location tables are decoded (and so checked) when the object is built.
 *
 * <p>Not Serializable: code is rebuilt from source, never read from untrusted bytes.
 */
public final class PyCode {
    private volatile Object pythonView;
    /** co_flags bits, as CPython's {@code inspect.CO_*}. */
    public static final int CO_OPTIMIZED = 0x1;
    /** A new locals dict (functions). */
    public static final int CO_NEWLOCALS = 0x2;
    /** Has *args. */
    public static final int CO_VARARGS = 0x4;
    /** Has **kwargs. */
    public static final int CO_VARKEYWORDS = 0x8;
    /** Defined inside another function. */
    public static final int CO_NESTED = 0x10;
    /** A generator function. */
    public static final int CO_GENERATOR = 0x20;
    /** No free or cell variables (set by CPython's compiler in older versions; kept for the table). */
    public static final int CO_NOFREE = 0x40;
    /** An async def function. */
    public static final int CO_COROUTINE = 0x80;
    /** A generator-based coroutine (types.coroutine). */
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    /** An async generator function. */
    public static final int CO_ASYNC_GENERATOR = 0x200;

    /** localsplus kind bits, as CPython 3.11's CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE. */
    public static final int FAST_LOCAL = 0x20;
    /** The slot holds a cell. */
    public static final int FAST_CELL = 0x40;
    /** The slot holds a free variable's cell copied from the closure. */
    public static final int FAST_FREE = 0x80;

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstlineno;
    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int flags;
    private final int stacksize;
    private final String[] varnames;
    private final String[] cellvars;
    private final String[] freevars;
    private final String[] names;
    private final Object[] consts;
    private final int[] words;
    private final byte[] exceptionTable;
    private final byte[] lineTable;
    private final String[] localsPlusNames;
    private final byte[] localsPlusKinds;
    private final List<ExceptionTable.Entry> handlers;
    private Object[] inlineCaches;
    private volatile int[] runWords;
    /**
     * The VM's second tier for this code (its compiled form, or a marker), or null; see {@link #tier2()}.
     * Not volatile: a racing reader sees null (and runs the loop) or the finished form (final fields).
     */
    private Object tier2;
    /** Calls and loop iterations counted by the VM towards compiling this code (racy: a hint). */
    private int hotness;
    private final LocationTable.Position[] positions;

    private PyCode(Builder b) {
        this.name = b.name;
        this.qualname = b.qualname == null ? b.name : b.qualname;
        this.filename = b.filename;
        this.firstlineno = b.firstlineno;
        this.argcount = b.argcount;
        this.posonlyargcount = b.posonlyargcount;
        this.kwonlyargcount = b.kwonlyargcount;
        this.flags = b.flags;
        this.stacksize = b.stacksize;
        this.varnames = b.varnames.clone();
        this.freevars = b.freevars.clone();
        this.names = b.names.clone();
        this.consts = b.consts.clone();
        this.words = b.words.clone();
        this.exceptionTable = b.exceptionTable.clone();
        this.lineTable = b.lineTable.clone();
        this.handlers = List.copyOf(ExceptionTable.decode(exceptionTable));
        this.positions = LocationTable.positions(LocationTable.decode(lineTable, firstlineno));
        List<String> vars = Arrays.asList(varnames);
        int n = varnames.length;
        String[] lp = new String[n + b.cellvars.length + freevars.length];
        byte[] kinds = new byte[lp.length];
        System.arraycopy(varnames, 0, lp, 0, n);
        Arrays.fill(kinds, 0, n, (byte) FAST_LOCAL);
        // CPython 3.11: Python/compile.c compute_localsplus_info: argument cells keep their slot
        for (String c : b.cellvars) {
            int i = vars.indexOf(c);
            if (i >= 0) {
                kinds[i] |= (byte) FAST_CELL;
            } else {
                lp[n] = c;
                kinds[n++] = (byte) FAST_CELL;
            }
        }
        for (String f : freevars) {
            lp[n] = f;
            kinds[n++] = (byte) FAST_FREE;
        }
        this.localsPlusNames = Arrays.copyOf(lp, n);
        this.localsPlusKinds = Arrays.copyOf(kinds, n);
        String[] cells = new String[b.cellvars.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if ((localsPlusKinds[i] & FAST_CELL) != 0) {
                cells[k++] = localsPlusNames[i];
            }
        }
        this.cellvars = cells;
    }

    /**
     * The Python object that presents this code ({@code f.__code__}), made once by {@code make} so
     * that functions sharing a code object also share its Python view, as in CPython.
     */
    public Object pythonView(java.util.function.Function<PyCode, Object> make) {
        Object v = pythonView;
        if (v == null) {
            synchronized (this) {
                v = pythonView;
                if (v == null) {
                    v = make.apply(this);
                    pythonView = v;
                }
            }
        }
        return v;
    }

    /** Starts building a code object. */
    public static Builder builder() {
        return new Builder();
    }

    /** co_name. */
    public String co_name() {
        return name;
    }

    /** co_qualname. */
    public String co_qualname() {
        return qualname;
    }

    /** co_filename. */
    public String co_filename() {
        return filename;
    }

    /** co_firstlineno. */
    public int co_firstlineno() {
        return firstlineno;
    }

    /** co_argcount: positional parameters, including positional-only ones. */
    public int co_argcount() {
        return argcount;
    }

    /** co_posonlyargcount. */
    public int co_posonlyargcount() {
        return posonlyargcount;
    }

    /** co_kwonlyargcount. */
    public int co_kwonlyargcount() {
        return kwonlyargcount;
    }

    /** co_nlocals: the number of plain locals (the length of co_varnames). */
    public int co_nlocals() {
        return varnames.length;
    }

    /** co_flags. */
    public int co_flags() {
        return flags;
    }

    /** co_stacksize. */
    public int co_stacksize() {
        return stacksize;
    }

    /** co_varnames (a copy). */
    public String[] co_varnames() {
        return varnames.clone();
    }

    /** co_cellvars in localsplus order (a copy). */
    public String[] co_cellvars() {
        return cellvars.clone();
    }

    /** co_freevars (a copy). */
    public String[] co_freevars() {
        return freevars.clone();
    }

    /** co_names (a copy). */
    public String[] co_names() {
        return names.clone();
    }

    /** co_consts (a copy). */
    public Object[] co_consts() {
        return consts.clone();
    }

    /** The code words, CACHE units included (a copy); see {@link CodeWords}. */
    public int[] words() {
        return words.clone();
    }

    /**
     * The code words without a copy, for the VM's hot paths (creating a function per call of a
     * closure or comprehension); callers must never write to the array.
     */
    public int[] wordsShared() {
        return words;
    }

    /**
     * The VM's per-instruction caches (LOAD_GLOBAL's), one slot per code unit, made on first use and
     * shared by every function of this code. Slots hold immutable entries, so racing writers are harmless.
     */
    public Object[] inlineCaches() {
        Object[] c = inlineCaches;
        if (c == null) {
            c = new Object[words.length];
            inlineCaches = c;
        }
        return c;
    }

    /** The words the VM runs (its rewrite of {@link #wordsShared}), or null before the VM made them. */
    public int[] runWords() {
        return runWords;
    }

    /** Records the words the VM runs for this code (the VM's own rewrite; same length and jump targets). */
    public void setRunWords(int[] w) {
        runWords = w;
    }

    /**
     * What the VM's second tier made of this code: its compiled form, a marker that it cannot be
     * compiled, or null before the VM tried. Opaque here: only the VM reads it.
     */
    public Object tier2() {
        return tier2;
    }

    /** Records what the VM's second tier made of this code. */
    public void setTier2(Object t) {
        tier2 = t;
    }

    /** Adds {@code n} to this code's hotness (calls and loop iterations) and returns the new count. */
    public int addHotness(int n) {
        int h = hotness + n;
        hotness = h;
        return h;
    }

    /** The number of constants (co_consts' length, without copying it). */
    public int constCount() {
        return consts.length;
    }

    /** co_exceptiontable bytes (a copy). */
    public byte[] co_exceptiontable() {
        return exceptionTable.clone();
    }

    /** co_linetable bytes (a copy). */
    public byte[] co_linetable() {
        return lineTable.clone();
    }

    /** The number of code words. */
    public int codeLength() {
        return words.length;
    }

    /** The word at index {@code i}. */
    public int wordAt(int i) {
        return words[i];
    }

    /** co_consts[i]. */
    public Object constAt(int i) {
        return consts[i];
    }

    /** co_names[i]. */
    public String nameAt(int i) {
        return names[i];
    }

    /** The decoded exception table (unmodifiable). */
    public List<ExceptionTable.Entry> exceptionEntries() {
        return handlers;
    }

    /** The handler for an exception raised at code unit {@code index}, or null: the VM's unwind lookup. */
    public ExceptionTable.Entry handlerAt(int index) {
        return ExceptionTable.lookup(handlers, index);
    }

    /** The source span of code unit {@code index} ({@code co_positions()}); NO_LOCATION when unknown. */
    public LocationTable.Position positionAt(int index) {
        return index >= 0 && index < positions.length ? positions[index] : LocationTable.Position.NO_LOCATION;
    }

    /** The line of code unit {@code index} as tracebacks report it, or -1 for None. */
    public int lineAt(int index) {
        return positionAt(index).line();
    }

    /** The number of localsplus slots: locals, then cells, then frees (the stack follows in a frame). */
    public int localsPlusSize() {
        return localsPlusNames.length;
    }

    /** The name in localsplus slot {@code i}: CPython's {@code code._varname_from_oparg}. */
    public String localsPlusName(int i) {
        return localsPlusNames[i];
    }

    /** The kind bits ({@link #FAST_LOCAL}, {@link #FAST_CELL}, {@link #FAST_FREE}) of slot {@code i}. */
    public int localsPlusKind(int i) {
        return localsPlusKinds[i];
    }

    /** The localsplus index of the plain local (or argument) {@code name}, or -1. */
    public int localIndex(String name) {
        return find(name, FAST_LOCAL);
    }

    /** The localsplus index of the cell {@code name} (an argument cell's varnames slot), or -1. */
    public int cellIndex(String name) {
        return find(name, FAST_CELL);
    }

    /** The localsplus index of the free variable {@code name}, or -1. */
    public int freeIndex(String name) {
        return find(name, FAST_FREE);
    }

    /** The localsplus index of the first free variable: COPY_FREE_VARS fills from here. */
    public int firstFreeIndex() {
        return localsPlusNames.length - freevars.length;
    }

    private int find(String n, int kind) {
        for (int i = 0; i < localsPlusNames.length; i++) {
            if ((localsPlusKinds[i] & kind) != 0 && localsPlusNames[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /** CPython's repr: {@code <code object f at 0x..., file "x.py", line 3>}. */
    @Override
    public String toString() {
        return "<code object " + name + " at 0x" + Integer.toHexString(System.identityHashCode(this))
                + ", file \"" + filename + "\", line " + firstlineno + ">";
    }

    /** Collects a code object's fields; {@link #build} copies them into an immutable PyCode. */
    public static final class Builder {
        private String name = "?";
        private String qualname;
        private String filename = "<string>";
        private int firstlineno = 1;
        private int argcount;
        private int posonlyargcount;
        private int kwonlyargcount;
        private int flags;
        private int stacksize;
        private String[] varnames = new String[0];
        private String[] cellvars = new String[0];
        private String[] freevars = new String[0];
        private String[] names = new String[0];
        private Object[] consts = new Object[0];
        private int[] words = new int[0];
        private byte[] exceptionTable = new byte[0];
        private byte[] lineTable = new byte[0];

        private Builder() {
        }

        /** Sets co_name. */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /** Sets co_qualname (defaults to co_name). */
        public Builder qualname(String v) {
            qualname = v;
            return this;
        }

        /** Sets co_filename. */
        public Builder filename(String v) {
            filename = v;
            return this;
        }

        /** Sets co_firstlineno. */
        public Builder firstlineno(int v) {
            firstlineno = v;
            return this;
        }

        /** Sets co_argcount, co_posonlyargcount and co_kwonlyargcount. */
        public Builder argcounts(int args, int posonly, int kwonly) {
            argcount = args;
            posonlyargcount = posonly;
            kwonlyargcount = kwonly;
            return this;
        }

        /** Sets co_flags. */
        public Builder flags(int v) {
            flags = v;
            return this;
        }

        /** Sets co_stacksize. */
        public Builder stacksize(int v) {
            stacksize = v;
            return this;
        }

        /** Sets co_varnames, co_cellvars (any order; argument cells are found by name) and co_freevars. */
        public Builder variables(String[] vars, String[] cells, String[] frees) {
            varnames = vars;
            cellvars = cells;
            freevars = frees;
            return this;
        }

        /** Sets co_names. */
        public Builder names(String[] v) {
            names = v;
            return this;
        }

        /** Sets co_consts. */
        public Builder consts(Object[] v) {
            consts = v;
            return this;
        }

        /** Sets the code words (CACHE units included). */
        public Builder words(int[] v) {
            words = v;
            return this;
        }

        /** Sets co_exceptiontable. */
        public Builder exceptionTable(byte[] v) {
            exceptionTable = v;
            return this;
        }

        /** Sets co_linetable. */
        public Builder lineTable(byte[] v) {
            lineTable = v;
            return this;
        }

        /** Builds the immutable code object. */
        public PyCode build() {
            return new PyCode(this);
        }
    }
}
