package dev.adder.symtable;

import dev.adder.ast.Alias;
import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;
import dev.adder.syntax.PythonSyntaxError;
import java.util.List;

/**
 * The {@code from __future__ import ...} statements at the top of a module: which features they
 * turn on, and the line of the last one (later ones are the compiler's error).
 * CPython 3.11's {@code PyFutureFeatures}.
 */
public final class FutureFeatures {
    private static final String LATE_FUTURE = "from __future__ imports must occur at the beginning of the file";
    /** Features accepted without effect in 3.11. */
    private static final List<String> NO_EFFECT = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    private boolean annotations;
    private boolean barryAsBdfl;
    private int lineno;

    private FutureFeatures() {}

    /** No future features (a string compiled on its own, or an expression). */
    public static FutureFeatures none() {
        return new FutureFeatures();
    }

    /** Reads the future statements of {@code module}, raising CPython's SyntaxError for a bad one. */
    // CPython 3.11: Python/future.c future_parse
    public static FutureFeatures of(Mod module, String filename) {
        FutureFeatures ff = new FutureFeatures();
        List<Stmt> body;
        if (module instanceof Mod.Module m) {
            body = m.body();
        } else if (module instanceof Mod.Interactive i) {
            body = i.body();
        } else {
            return ff;
        }
        boolean done = false;
        int prevLine = 0;
        for (int i = hasDocString(body) ? 1 : 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno() > prevLine) {
                return ff;
            }
            prevLine = s.lineno();
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    // CPython reports this one at col_offset, not col_offset + 1.
                    throw new PythonSyntaxError("SyntaxError", LATE_FUTURE, filename, s.lineno(), s.col_offset(),
                            s.lineno(), 0, null);
                }
                ff.checkFeatures(f, filename);
                ff.lineno = s.lineno();
            } else {
                done = true;
            }
        }
        return ff;
    }

    // CPython 3.11: Python/future.c future_check_features
    private void checkFeatures(Stmt.ImportFrom s, String filename) {
        for (Alias a : s.names()) {
            String feature = a.name();
            if (NO_EFFECT.contains(feature)) {
                continue;
            }
            String msg;
            if (feature.equals("annotations")) {
                annotations = true;
                continue;
            } else if (feature.equals("barry_as_FLUFL")) {
                barryAsBdfl = true;
                continue;
            } else if (feature.equals("braces")) {
                msg = "not a chance";
            } else {
                msg = "future feature " + feature + " is not defined";
            }
            throw new PythonSyntaxError("SyntaxError", msg, filename, s.lineno(), s.col_offset() + 1,
                    s.lineno(), 0, null);
        }
    }

    /** Whether the first statement is a docstring (a string constant expression). */
    // CPython 3.11: Python/ast.c _PyAST_GetDocString
    public static boolean hasDocString(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String;
    }

    /** {@code from __future__ import annotations}: annotations are compiled to strings. */
    public boolean annotations() {
        return annotations;
    }

    /** {@code from __future__ import barry_as_FLUFL}. */
    public boolean barryAsBdfl() {
        return barryAsBdfl;
    }

    /** The line of the last future statement (0 when none); later ones are a compile error. */
    public int lineno() {
        return lineno;
    }

    /** The message of a future statement after the first other statement. */
    public static String lateFutureMessage() {
        return LATE_FUTURE;
    }
}
