package dev.adder.builtins;

import dev.adder.objects.PyDict;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;

/**
 * The functions of the {@code builtins} module as one switch rather than a lambda each: linking
 * forty-odd lambdas at start-up costs more time than everything else {@code builtins} does.
 */
final class BuiltinFunctionTable implements PyCallable {
    /** Name and docstring of each function, in the order {@code builtins} gets them (the index is the id). */
    private static final String[][] FUNCTIONS = {
        {"abs", "Return the absolute value of the argument."},
        {"all", "Return True if bool(x) is True for all values x in the iterable."},
        {"any", "Return True if bool(x) is True for any x in the iterable."},
        {"ascii", "Return an ASCII-only representation of an object."},
        {"bin", "Return the binary representation of an integer."},
        {"callable", "Return whether the object is callable (i.e., some kind of function)."},
        {"chr", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
        {"delattr", "Deletes the named attribute from the given object."},
        {"divmod", "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
        {"format", "Return type(value).__format__(value, format_spec)"},
        {"getattr", "Get a named attribute from an object."},
        {"hasattr", "Return whether the object has an attribute with the given name."},
        {"hash", "Return the hash value for the given object."},
        {"hex", "Return the hexadecimal representation of an integer."},
        {"isinstance", "Return whether an object is an instance of a class or of a subclass thereof."},
        {"issubclass", "Return whether 'cls' is derived from another class or is the same class."},
        {"iter", "Get an iterator from an object."},
        {"len", "Return the number of items in a container."},
        {"max", "With a single iterable argument, return its biggest item."},
        {"min", "With a single iterable argument, return its smallest item."},
        {"next", "Return the next item from the iterator."},
        {"oct", "Return the octal representation of an integer."},
        {"open", "Open file and return a stream.  Raise OSError upon failure."},
        {"ord", "Return the Unicode code point for a one-character string."},
        {"pow", "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
        {"repr", "Return the canonical string representation of the object."},
        {"round", "Round a number to a given precision in decimal digits."},
        {"setattr", "Sets the named attribute on the given object to the specified value."},
        {"sorted", "Return a new list containing all items from the iterable in ascending order."},
        {"sum", "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
        {"print", "Prints the values to a stream, or to sys.stdout by default."},
        {"input", "Read a string from standard input.  The trailing newline is stripped."},
        {"id", "Return the identity of an object."},
        {"globals", "Return the dictionary containing the current scope's global variables."},
        {"locals", "Return a dictionary containing the current scope's local variables."},
        {"vars", "Show vars."},
        {"dir", "Show attributes of an object."},
        {"exit", "Exit the interpreter by raising SystemExit(status)."},
        {"quit", "Exit the interpreter by raising SystemExit(status)."},
        {"compile", "Compile source into a code object that can be executed by exec() or eval()."},
        {"exec", "Execute the given source in the context of globals and locals."},
        {"eval", "Evaluate the given source in the context of globals and locals."},
    };

    private final int id;
    private final IoFunctions io;
    private final NamespaceFunctions ns;
    private final EvalFunctions eval;
    private final OpenFunction open;

    private BuiltinFunctionTable(int id, IoFunctions io, NamespaceFunctions ns, EvalFunctions eval,
                                 OpenFunction open) {
        this.id = id;
        this.io = io;
        this.ns = ns;
        this.eval = eval;
        this.open = open;
    }

    /** Puts every function into {@code b}; those of one interpreter share its io, namespace, eval and open helpers. */
    static void install(PyDict b, IoFunctions io, NamespaceFunctions ns, EvalFunctions eval, OpenFunction open) {
        for (int i = 0; i < FUNCTIONS.length; i++) {
            b.put(FUNCTIONS[i][0], new PyBuiltinFunction(FUNCTIONS[i][0], FUNCTIONS[i][1],
                    new BuiltinFunctionTable(i, io, ns, eval, open)));
        }
    }

    @Override
    public Object call(Object[] a, String[] k) {
        switch (id) {
            case 0: return NumberFunctions.abs(a, k); // abs
            case 1: return IterFunctions.all(a, k); // all
            case 2: return IterFunctions.any(a, k); // any
            case 3: return ObjectFunctions.ascii(a, k); // ascii
            case 4: return NumberFunctions.radix("bin", "#b", a, k); // bin
            case 5: return ObjectFunctions.callable(a, k); // callable
            case 6: return ObjectFunctions.chr(a, k); // chr
            case 7: return ObjectFunctions.delattr(a, k); // delattr
            case 8: return NumberFunctions.divmod(a, k); // divmod
            case 9: return ObjectFunctions.format(a, k); // format
            case 10: return ObjectFunctions.getattr(a, k); // getattr
            case 11: return ObjectFunctions.hasattr(a, k); // hasattr
            case 12: return ObjectFunctions.hash(a, k); // hash
            case 13: return NumberFunctions.radix("hex", "#x", a, k); // hex
            case 14: return ObjectFunctions.isinstance(a, k); // isinstance
            case 15: return ObjectFunctions.issubclass(a, k); // issubclass
            case 16: return IterFunctions.iter(a, k); // iter
            case 17: return ObjectFunctions.len(a, k); // len
            case 18: return IterFunctions.minMax("max", dev.adder.objects.Compare.GT, a, k); // max
            case 19: return IterFunctions.minMax("min", dev.adder.objects.Compare.LT, a, k); // min
            case 20: return IterFunctions.next(a, k); // next
            case 21: return NumberFunctions.radix("oct", "#o", a, k); // oct
            case 22: return open.call(a, k); // open
            case 23: return ObjectFunctions.ord(a, k); // ord
            case 24: return NumberFunctions.pow(a, k); // pow
            case 25: return ObjectFunctions.repr(a, k); // repr
            case 26: return NumberFunctions.round(a, k); // round
            case 27: return ObjectFunctions.setattr(a, k); // setattr
            case 28: return IterFunctions.sorted(a, k); // sorted
            case 29: return IterFunctions.sum(a, k); // sum
            case 30: return io.print(a, k); // print
            case 31: return io.input(a, k); // input
            case 32: return ns.id(a, k); // id
            case 33: return ns.globals(a, k); // globals
            case 34: return ns.locals(a, k); // locals
            case 35: return ns.vars(a, k); // vars
            case 36: return ns.dir(a, k); // dir
            case 37: return NamespaceFunctions.quit(a, k); // exit
            case 38: return NamespaceFunctions.quit(a, k); // quit
            case 39: return eval.compile(a, k); // compile
            case 40: return eval.exec(a, k); // exec
            case 41: return eval.eval(a, k); // eval
            default: throw new IllegalStateException("no builtin function " + id);
        }
    }
}
