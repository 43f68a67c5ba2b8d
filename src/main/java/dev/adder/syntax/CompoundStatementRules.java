package dev.adder.syntax;

import dev.adder.ast.Arguments;
import dev.adder.ast.Expr;
import dev.adder.ast.Stmt;

import java.util.ArrayList;
import java.util.List;

import static dev.adder.syntax.TokenType.*;

/**
 * The statement lists, blocks and compound statements of CPython 3.11's grammar (functions,
 * classes, if, while, for, with, try), with their {@code invalid_*} alternatives.
 */
public abstract class CompoundStatementRules extends TryWithRules {

    protected CompoundStatementRules(Source source, FStringField field) {
        super(source, field);
    }

    /** {@code statements: statement+}, flattened; null when there is none. */
    protected final List<Stmt> statements() {
        enter();
        enter(); // pegen's statement+ loop is a rule level of its own
        try {
            List<Stmt> all = null;
            while (true) {
                int m = pos;
                List<Stmt> s = statement();
                if (s == null) {
                    pos = m;
                    return all;
                }
                if (all == null) {
                    all = new ArrayList<>();
                }
                all.addAll(s);
            }
        } finally {
            leave();
            leave();
        }
    }

    /** {@code statement: compound_stmt | simple_stmts}. */
    protected final List<Stmt> statement() {
        enter();
        try {
            int m = pos;
            Stmt c = compound_stmt();
            if (c != null) {
                return List.of(c);
            }
            pos = m;
            return simple_stmts();
        } finally {
            leave();
        }
    }

    /** {@code compound_stmt}: dispatched on the first token as the grammar's lookaheads do. */
    protected final Stmt compound_stmt() {
        enter();
        try {
            int m = pos;
            int t = peekType();
            Stmt s = null;
            if (t == KW_DEF || t == AT || t == KW_ASYNC) {
                s = function_def();
                if (s != null) {
                    return s;
                }
                pos = m;
            }
            switch (t) {
                case KW_IF -> s = if_stmt();
                case KW_CLASS, AT -> s = class_def();
                case KW_WITH -> s = with_stmt();
                case KW_FOR -> s = for_stmt();
                case KW_TRY -> s = try_stmt();
                case KW_WHILE -> s = while_stmt();
                case KW_ASYNC -> {
                    s = with_stmt();
                    if (s == null) {
                        pos = m;
                        s = for_stmt();
                    }
                }
                default -> { }
            }
            if (s != null) {
                return s;
            }
            pos = m;
            s = match_stmt();
            if (s == null) {
                pos = m;
            }
            return s;
        } finally {
            leave();
        }
    }

    /**
     * {@code block}: an indented suite or simple statements on the same line. CPython memoizes it;
     * measured on the stdlib, nothing here ever re-parses a block at the same place, so this does not.
     */
    @Override
    protected final List<Stmt> block() {
        enter();
        try {
            return blockRaw();
        } finally {
            leave();
        }
    }

    private List<Stmt> blockRaw() {
        int m = pos;
        if (accept(NEWLINE) && accept(INDENT)) {
            List<Stmt> a = statements();
            if (a != null && accept(DEDENT)) {
                return a;
            }
        }
        pos = m;
        List<Stmt> s = simple_stmts();
        if (s != null) {
            return s;
        }
        pos = m;
        if (callInvalidRules && accept(NEWLINE) && !lookahead(INDENT)) {
            throw raiseIndentationError("expected an indented block");
        }
        pos = m;
        return null;
    }

    // ---- functions and classes --------------------------------------------------------------------

    private List<Expr> decorators() {
        enter();
        try {
            List<Expr> list = null;
            while (true) {
                int m = pos;
                Expr f = accept(AT) ? named_expression() : null;
                if (f == null || !accept(NEWLINE)) {
                    pos = m;
                    return list;
                }
                if (list == null) {
                    list = new ArrayList<>();
                }
                list.add(f);
            }
        } finally {
            leave();
        }
    }

    private Stmt function_def() {
        return decorated(this::function_def_raw);
    }

    /** {@code decorators raw | raw}: function_def and class_def share it. */
    private Stmt decorated(java.util.function.Supplier<Stmt> raw) {
        enter();
        try {
            int m = pos;
            List<Expr> d = decorators();
            if (d != null) {
                Stmt f = raw.get();
                if (f != null) {
                    return withDecorators(f, d);
                }
            }
            pos = m;
            return raw.get();
        } finally {
            leave();
        }
    }

    private static Stmt withDecorators(Stmt f, List<Expr> d) {
        if (f instanceof Stmt.FunctionDef fd) {
            return new Stmt.FunctionDef(fd.name(), fd.args(), fd.body(), d, fd.returns(), fd.type_comment(),
                    fd.lineno(), fd.col_offset(), fd.end_lineno(), fd.end_col_offset());
        }
        if (f instanceof Stmt.AsyncFunctionDef fd) {
            return new Stmt.AsyncFunctionDef(fd.name(), fd.args(), fd.body(), d, fd.returns(), fd.type_comment(),
                    fd.lineno(), fd.col_offset(), fd.end_lineno(), fd.end_col_offset());
        }
        Stmt.ClassDef c = (Stmt.ClassDef) f;
        return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), d,
                c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
    }

    private Stmt function_def_raw() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalid_def_raw();
                pos = m;
            }
            Token s = peek();
            boolean async = accept(KW_ASYNC);
            Token n = accept(KW_DEF) ? expect(NAME) : null;
            if (n == null) {
                pos = m;
                return null;
            }
            expectForced(LPAR);
            int m2 = pos;
            Arguments params = params();
            if (params == null) {
                pos = m2;
                params = emptyArguments();
            }
            if (!accept(RPAR)) {
                pos = m;
                return null;
            }
            Expr returns = null;
            int m3 = pos;
            if (accept(RARROW)) {
                returns = expression();
                if (returns == null) {
                    pos = m3;
                }
            }
            expectForced(COLON);
            List<Stmt> b = block();
            if (b == null) {
                pos = m;
                return null;
            }
            Token e = lastNonWhitespaceToken();
            String name = identifier(n);
            return async
                    ? new Stmt.AsyncFunctionDef(name, params, b, List.of(), returns, null,
                            s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
                    : new Stmt.FunctionDef(name, params, b, List.of(), returns, null,
                            s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** CPython's {@code _PyPegen_empty_arguments}. */
    protected static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** {@code invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT}. */
    private void invalid_def_raw() {
        accept(KW_ASYNC);
        Token a = expect(KW_DEF);
        if (a == null || expect(NAME) == null || !accept(LPAR)) {
            return;
        }
        int m = pos;
        if (params() == null) {
            pos = m;
        }
        if (!accept(RPAR)) {
            return;
        }
        m = pos;
        if (!(accept(RARROW) && expression() != null)) {
            pos = m;
        }
        checkIndentedBlock(accept(COLON), a, "function definition");
    }

    private Stmt class_def() {
        return decorated(this::class_def_raw);
    }

    private Stmt class_def_raw() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalid_class_def_raw();
                pos = m;
            }
            Token s = expect(KW_CLASS);
            Token a = s == null ? null : expect(NAME);
            if (a == null) {
                pos = m;
                return null;
            }
            CallArgs b = classArguments();
            if (!accept(COLON)) {
                pos = m;
                return null;
            }
            List<Stmt> c = block();
            if (c == null) {
                pos = m;
                return null;
            }
            Token e = lastNonWhitespaceToken();
            return new Stmt.ClassDef(identifier(a), b == null ? List.of() : b.args(),
                    b == null ? List.of() : b.keywords(), c, List.of(),
                    s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code ['(' [arguments] ')']}: null when absent, empty arguments for {@code ()}. */
    private CallArgs classArguments() {
        int m = pos;
        if (accept(LPAR)) {
            int m2 = pos;
            CallArgs z = arguments();
            if (z == null) {
                pos = m2;
                z = new CallArgs(List.of(), List.of());
            }
            if (accept(RPAR)) {
                return z;
            }
        }
        pos = m;
        return null;
    }

    private void invalid_class_def_raw() {
        Token a = expect(KW_CLASS);
        if (a == null || expect(NAME) == null) {
            return;
        }
        classArguments();
        if (accept(NEWLINE)) {
            throw raiseSyntaxError("expected ':'");
        }
        checkIndentedBlock(accept(COLON), a, "class definition");
    }

    // ---- if, while, for ---------------------------------------------------------------------------

    private Stmt if_stmt() {
        return ifOrElif(KW_IF);
    }

    /** {@code if_stmt} and {@code elif_stmt}, which differ only in their keyword. */
    private Stmt ifOrElif(int keyword) {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalidConditionHeader(keyword, keyword == KW_IF ? "'if' statement" : "'elif' statement");
                pos = m;
            }
            Token s = expect(keyword);
            Expr a = s == null ? null : named_expression();
            List<Stmt> b = a != null && accept(COLON) ? block() : null;
            if (b == null) {
                pos = m;
                return null;
            }
            int m2 = pos;
            List<Stmt> orelse;
            if (peekType() == KW_ELIF) {
                Stmt c = ifOrElif(KW_ELIF);
                if (c != null) {
                    Token e = lastNonWhitespaceToken();
                    return new Stmt.If(a, b, List.of(c), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                pos = m2;
            }
            orelse = optionalElse();
            Token e = lastNonWhitespaceToken();
            return new Stmt.If(a, b, orelse, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code invalid_if_stmt}, {@code invalid_elif_stmt}, {@code invalid_while_stmt}. */
    private void invalidConditionHeader(int keyword, String what) {
        Token a = expect(keyword);
        if (a == null || named_expression() == null) {
            return;
        }
        if (accept(NEWLINE)) {
            throw raiseSyntaxError("expected ':'");
        }
        checkIndentedBlock(accept(COLON), a, what);
    }

    private Stmt while_stmt() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalidConditionHeader(KW_WHILE, "'while' statement");
                pos = m;
            }
            Token s = expect(KW_WHILE);
            Expr a = s == null ? null : named_expression();
            List<Stmt> b = a != null && accept(COLON) ? block() : null;
            if (b == null) {
                pos = m;
                return null;
            }
            List<Stmt> c = optionalElse();
            Token e = lastNonWhitespaceToken();
            return new Stmt.While(a, b, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    private Stmt for_stmt() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalid_for_stmt();
                pos = m;
            }
            Token s = peek();
            boolean async = accept(KW_ASYNC);
            Expr t = accept(KW_FOR) ? star_targets() : null;
            if (t != null && accept(KW_IN)) {
                // cut: past 'in' no other alternative is tried
                Expr ex = star_expressions();
                List<Stmt> b = ex != null && accept(COLON) ? block() : null;
                if (b == null) {
                    pos = m;
                    return null;
                }
                List<Stmt> el = optionalElse();
                Token e = lastNonWhitespaceToken();
                return async
                        ? new Stmt.AsyncFor(t, ex, b, el, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
                        : new Stmt.For(t, ex, b, el, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
            if (callInvalidRules) {
                invalid_for_target();
                pos = m;
            }
            return null;
        } finally {
            leave();
        }
    }

    private void invalid_for_stmt() {
        accept(KW_ASYNC);
        Token a = expect(KW_FOR);
        if (a == null || star_targets() == null || !accept(KW_IN) || star_expressions() == null) {
            return;
        }
        if (accept(NEWLINE)) {
            throw raiseSyntaxError("expected ':'");
        }
        checkIndentedBlock(accept(COLON), a, "'for' statement");
    }
}
