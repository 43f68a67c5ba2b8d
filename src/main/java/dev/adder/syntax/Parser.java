package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static dev.adder.syntax.TokenType.*;

/**
 * The parser's entry points: source text to a CPython-shaped AST, or the SyntaxError CPython 3.11
 * would raise.
 *
 * <p>As CPython's pegen, it parses twice only when it must: a fast first pass, and on failure a second
 * pass with the {@code invalid_*} rules on, which finds the specific error message; when none
 * matches, "invalid syntax" is reported at the furthest token of the first pass.
 * CPython 3.11: Parser/pegen.c _PyPegen_run_parser
 */
public final class Parser extends CompoundStatementRules {
    /** Stack for the rare parse that overflows the caller's thread stack before MAXSTACK. */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    private Parser(Source source, FStringField field) {
        super(source, field);
    }

    /** Parses a module ({@code exec} mode): CPython's {@code ast.parse(source)}. */
    public static Mod parseFile(Source source) {
        return onDeepStackIfNeeded(() -> new Parser(source, null).run(Parser::file));
    }

    /** Parses an expression ({@code eval} mode): CPython's {@code ast.parse(source, mode="eval")}. */
    public static Mod parseExpression(Source source) {
        return onDeepStackIfNeeded(() -> new Parser(source, null).run(Parser::eval));
    }

    /**
     * Runs a parse; if the host thread's stack is too small for a deeply nested (but legal) input,
     * runs it again on a thread with a large stack, so the result never depends on the caller's
     * stack size.
     */
    private static <T> T onDeepStackIfNeeded(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            AtomicReference<Object> result = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    result.set(parse.get());
                } catch (RuntimeException | StackOverflowError ex) {
                    result.set(ex);
                }
            }, "adder-deep-parse", DEEP_STACK_BYTES);
            t.start();
            try {
                t.join();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw PythonSyntaxError.limit("KeyboardInterrupt", "");
            }
            Object r = result.get();
            if (r instanceof RuntimeException re) {
                throw re;
            }
            if (r instanceof StackOverflowError) {
                throw PythonSyntaxError.limit("RecursionError", "maximum recursion depth exceeded during compilation");
            }
            @SuppressWarnings("unchecked")
            T value = (T) r;
            return value;
        }
    }

    @Override
    protected Expr parseFStringExpression(String parenthesized, FStringField field) {
        Source sub = Source.fromString(parenthesized, source.filename());
        return new Parser(sub, field).run(Parser::star_expressions);
    }

    // ---- start rules ----------------------------------------------------------------------------

    /** {@code file: [statements] ENDMARKER}. */
    private Mod file() {
        enter();
        try {
            int m = pos;
            List<Stmt> a = statements();
            if (a == null) {
                pos = m;
                a = List.of();
            }
            if (!accept(ENDMARKER)) {
                return null;
            }
            return new Mod.Module(a, List.of());
        } finally {
            leave();
        }
    }

    /** {@code eval: expressions NEWLINE* ENDMARKER}. */
    private Mod eval() {
        enter();
        try {
            Expr a = expressions();
            if (a == null) {
                return null;
            }
            while (accept(NEWLINE)) {
                // skip trailing newlines
            }
            return accept(ENDMARKER) ? new Mod.Expression(a) : null;
        } finally {
            leave();
        }
    }

    // ---- the two passes -------------------------------------------------------------------------

    private <T> T run(java.util.function.Function<Parser, T> startRule) {
        T result;
        try {
            result = startRule.apply(this);
        } catch (PythonSyntaxError e) {
            throw preferTokenizerErrors(e);
        }
        if (result != null) {
            return result;
        }
        Token last = lastFetchedToken();
        pos = 0;
        level = 0;
        clearMemo();
        callInvalidRules = true;
        try {
            startRule.apply(this);
        } catch (PythonSyntaxError e) {
            throw preferTokenizerErrors(e);
        }
        throw genericSyntaxError(last);
    }

    /** A parser's SyntaxError gives way to a tokenizer error later in the source. */
    private PythonSyntaxError preferTokenizerErrors(PythonSyntaxError e) {
        if (e.isSyntaxError() && !tokenizerFailed()) {
            checkRestOfSource();
        }
        return e;
    }

    /** CPython 3.11: Parser/pegen_errors.c _PyPegen_set_syntax_error */
    private PythonSyntaxError genericSyntaxError(Token last) {
        if (fill == 0) {
            return raiseSyntaxError("error at start before reading any input");
        }
        // (an end of file inside brackets never gets here: fetching that token already raised)
        if (last.type == INDENT || last.type == DEDENT) {
            return raiseIndentationError(last.type == INDENT ? "unexpected indent" : "unexpected unindent");
        }
        PythonSyntaxError e = raiseSyntaxErrorKnownLocation(last, "invalid syntax");
        checkRestOfSource();
        return e;
    }

    /**
     * The tokenizer errors CPython's tokenizer does not raise itself but leaves in {@code tok->done}
     * for the parser to raise ({@code _Pypegen_tokenizer_error}): met while re-reading the rest of
     * the source after a parser error, they set no exception, so the parser's error stands.
     */
    private static final java.util.Set<String> REPORTED_BY_PARSER = java.util.Set.of(
            "invalid token",
            "unindent does not match any outer indentation level",
            "inconsistent use of tabs and spaces in indentation",
            "too many levels of indentation",
            "unexpected character after line continuation character");

    /**
     * Tokenizes the rest of the source: a tokenizer error there, or a bracket left open on an
     * earlier line than the current error, wins over the parser's error.
     * CPython 3.11: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors
     */
    private void checkRestOfSource() {
        Token t = lastFetchedToken();
        int errorLine = t == null ? 0 : t.lineno;
        Tokenizer tok = tokenizer();
        while (t == null || (t.type != ERRORTOKEN && t.type != ENDMARKER)) {
            try {
                t = tok.next(); // a tokenizer error replaces the current one ...
            } catch (PythonSyntaxError e) {
                if (REPORTED_BY_PARSER.contains(e.msg())) {
                    return; // ... unless CPython's tokenizer only flags it for the parser to raise
                }
                PythonSyntaxError raw = Tokenizer.asRawDecodeError(e);
                throw raw != null ? raw : e;
            }
        }
        if (t.type == ERRORTOKEN && tok.level() != 0 && errorLine > tok.parenLineno(tok.level() - 1)) {
            throw unclosedBracketError();
        }
    }
}
