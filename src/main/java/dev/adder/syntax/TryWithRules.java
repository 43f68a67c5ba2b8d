package dev.adder.syntax;

import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.Stmt;
import dev.adder.ast.Withitem;

import java.util.ArrayList;
import java.util.List;

import static dev.adder.syntax.TokenType.*;

/**
 * The {@code with} and {@code try} statements of CPython 3.11's grammar (with except, except* and
 * finally clauses), the shared {@code else_block}, and their {@code invalid_*} alternatives.
 */
public abstract class TryWithRules extends SimpleStatementRules {


    protected TryWithRules(Source source, FStringField field) {
        super(source, field);
    }

    /** {@code NEWLINE !INDENT} after a header's ':': the "expected an indented block after ..." error. */
    protected final void checkIndentedBlock(boolean colonSeen, Token keyword, String what) {
        if (colonSeen && accept(NEWLINE) && !lookahead(INDENT)) {
            throw raiseIndentationError("expected an indented block after " + what + " on line " + keyword.lineno);
        }
    }

    /** {@code else_block: invalid_else_stmt | 'else' &&':' block}. */
    protected final List<Stmt> else_block() {
        return clauseBlock(KW_ELSE, "'else' statement");
    }

    /** {@code [else_block]}: the else clause's statements, or none. */
    protected final List<Stmt> optionalElse() {
        List<Stmt> b = else_block();
        return b == null ? List.of() : b;
    }

    /**
     * {@code else_block} and {@code finally_block}, which differ only in their keyword: the
     * {@code invalid_*_stmt} indentation check, then {@code keyword &&':' block}.
     */
    private List<Stmt> clauseBlock(int keyword, String what) {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                Token a = expect(keyword);
                if (a != null) {
                    checkIndentedBlock(accept(COLON), a, what);
                }
                pos = m;
            }
            if (!accept(keyword)) {
                return null;
            }
            expectForced(COLON);
            List<Stmt> b = block();
            if (b == null) {
                pos = m;
            }
            return b;
        } finally {
            leave();
        }
    }


    // ---- with -----------------------------------------------------------------------------------

    protected final Stmt with_stmt() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalidWithHeader(true);
                pos = m;
            }
            Token s = peek();
            boolean async = accept(KW_ASYNC);
            if (!accept(KW_WITH)) {
                pos = m;
                return null;
            }
            int afterWith = pos;
            // '(' ','.with_item+ ','? ')' ':' block
            if (accept(LPAR)) {
                List<Withitem> a = gather(this::with_item);
                if (a != null) {
                    accept(COMMA);
                    if (accept(RPAR) && accept(COLON)) {
                        Stmt w = finishWith(async, a, s);
                        if (w != null) {
                            return w;
                        }
                    }
                }
            }
            pos = afterWith;
            List<Withitem> a = gather(this::with_item);
            if (a != null && accept(COLON)) {
                Stmt w = finishWith(async, a, s);
                if (w != null) {
                    return w;
                }
            }
            pos = m;
            if (callInvalidRules) {
                invalidWithHeader(false);
                pos = m;
            }
            return null;
        } finally {
            leave();
        }
    }

    private Stmt finishWith(boolean async, List<Withitem> items, Token s) {
        List<Stmt> b = block();
        if (b == null) {
            return null;
        }
        Token e = lastNonWhitespaceToken();
        return async
                ? new Stmt.AsyncWith(items, b, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
                : new Stmt.With(items, b, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /**
     * {@code invalid_with_stmt_indent} (indent) and {@code invalid_with_stmt} (a missing ':'):
     * the same headers, with plain or parenthesized items.
     */
    private void invalidWithHeader(boolean indent) {
        int m = pos;
        for (int parenthesized = 0; parenthesized < 2; parenthesized++) {
            pos = m;
            accept(KW_ASYNC);
            Token a = expect(KW_WITH);
            if (a == null) {
                return;
            }
            if (parenthesized == 1) {
                if (!accept(LPAR) || gather(() -> invalidWithItem(true)) == null) {
                    continue;
                }
                accept(COMMA);
                if (!accept(RPAR)) {
                    continue;
                }
            } else if (gather(() -> invalidWithItem(false)) == null) {
                continue;
            }
            if (indent) {
                checkIndentedBlock(accept(COLON), a, "'with' statement");
            } else if (accept(NEWLINE)) {
                throw raiseSyntaxError("expected ':'");
            }
        }
        pos = m;
    }

    /** {@code (expression ['as' star_target])} or, parenthesized, {@code (expressions ['as' star_target])}. */
    private Expr invalidWithItem(boolean parenthesized) {
        Expr e = parenthesized ? expressions() : expression();
        if (e == null) {
            return null;
        }
        int m = pos;
        if (!(accept(KW_AS) && star_target() != null)) {
            pos = m;
        }
        return e;
    }

    /** {@code with_item}. */
    private Withitem with_item() {
        enter();
        try {
            int m = pos;
            Expr e = expression();
            if (e == null) {
                return null;
            }
            int afterExpr = pos;
            if (accept(KW_AS)) {
                Expr t = star_target();
                if (t != null && (lookahead(COMMA) || lookahead(RPAR) || lookahead(COLON))) {
                    return new Withitem(e, t);
                }
            }
            pos = afterExpr;
            if (callInvalidRules) {
                // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
                pos = m;
                expression();
                if (accept(KW_AS)) {
                    Expr a = expression();
                    if (a != null && (lookahead(COMMA) || lookahead(RPAR) || lookahead(COLON))) {
                        raiseInvalidTarget(TargetsType.STAR_TARGETS, a);
                    }
                }
                pos = afterExpr;
            }
            return new Withitem(e, null);
        } finally {
            leave();
        }
    }

    // ---- try ------------------------------------------------------------------------------------

    protected final Stmt try_stmt() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalid_try_stmt();
                pos = m;
            }
            Token s = expect(KW_TRY);
            if (s == null) {
                return null;
            }
            expectForced(COLON);
            List<Stmt> b = block();
            if (b == null) {
                pos = m;
                return null;
            }
            int afterBody = pos;
            List<Stmt> f = finally_block();
            if (f != null) {
                Token e = lastNonWhitespaceToken();
                return new Stmt.Try(b, List.of(), List.of(), f, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            for (int star = 0; star < 2; star++) {
                pos = afterBody;
                List<ExceptHandler> ex = new ArrayList<>();
                while (true) {
                    int m2 = pos;
                    ExceptHandler h = star == 0 ? except_block() : except_star_block();
                    if (h == null) {
                        pos = m2;
                        break;
                    }
                    ex.add(h);
                }
                if (ex.isEmpty()) {
                    continue;
                }
                List<Stmt> el = optionalElse();
                List<Stmt> fin = finally_block();
                if (fin == null) {
                    fin = List.of();
                }
                Token e = lastNonWhitespaceToken();
                return star == 0
                        ? new Stmt.Try(b, ex, el, fin, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
                        : new Stmt.TryStar(b, ex, el, fin, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
            return null;
        } finally {
            leave();
        }
    }

    private void invalid_try_stmt() {
        int m = pos;
        Token a = expect(KW_TRY);
        if (a == null || !accept(COLON)) {
            return;
        }
        int afterColon = pos;
        if (accept(NEWLINE) && !lookahead(INDENT)) {
            throw raiseIndentationError("expected an indented block after 'try' statement on line " + a.lineno);
        }
        pos = afterColon;
        if (block() != null && peekType() != KW_EXCEPT && peekType() != KW_FINALLY) {
            throw raiseSyntaxError("expected 'except' or 'finally' block");
        }
        for (int star = 0; star < 2; star++) {
            pos = afterColon;
            while (true) {
                int m2 = pos;
                if (block() == null) {
                    pos = m2;
                    break;
                }
            }
            int count = 0;
            while (true) {
                int m2 = pos;
                if ((star == 0 ? except_block() : except_star_block()) == null) {
                    pos = m2;
                    break;
                }
                count++;
            }
            if (count == 0) {
                continue;
            }
            Token ex = expect(KW_EXCEPT);
            if (ex == null) {
                continue;
            }
            if (star == 0) {
                Token st = expect(STAR);
                if (st != null && expression() != null) {
                    optionalAsName();
                    if (accept(COLON)) {
                        throw raiseSyntaxErrorKnownRange(ex, st,
                                "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            } else {
                int m2 = pos;
                if (expression() != null) {
                    optionalAsName();
                } else {
                    pos = m2;
                }
                if (accept(COLON)) {
                    throw raiseSyntaxErrorKnownLocation(ex,
                            "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        pos = m;
    }

    /** {@code ['as' NAME]}: the name, or null. */
    private Token optionalAsName() {
        int m = pos;
        if (accept(KW_AS)) {
            Token z = expect(NAME);
            if (z != null) {
                return z;
            }
        }
        pos = m;
        return null;
    }

    private ExceptHandler except_block() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalidExceptIndent(false);
                pos = m;
            }
            Token s = expect(KW_EXCEPT);
            if (s == null) {
                return null;
            }
            Expr e = expression();
            if (e != null) {
                Token t = optionalAsName();
                if (accept(COLON)) {
                    ExceptHandler h = finishHandler(s, e, t);
                    if (h != null) {
                        return h;
                    }
                }
            }
            pos = m + 1;
            if (accept(COLON)) {
                ExceptHandler h = finishHandler(s, null, null);
                if (h != null) {
                    return h;
                }
            }
            pos = m;
            if (callInvalidRules) {
                invalid_except_stmt();
                pos = m;
            }
            return null;
        } finally {
            leave();
        }
    }

    private ExceptHandler except_star_block() {
        enter();
        try {
            int m = pos;
            if (callInvalidRules) {
                invalidExceptIndent(true);
                pos = m;
            }
            Token s = expect(KW_EXCEPT);
            if (s != null && accept(STAR)) {
                Expr e = expression();
                if (e != null) {
                    Token t = optionalAsName();
                    if (accept(COLON)) {
                        ExceptHandler h = finishHandler(s, e, t);
                        if (h != null) {
                            return h;
                        }
                    }
                }
            }
            pos = m;
            if (callInvalidRules) {
                invalid_except_stmt();
                pos = m;
            }
            return null;
        } finally {
            leave();
        }
    }

    private ExceptHandler finishHandler(Token s, Expr type, Token name) {
        List<Stmt> b = block();
        if (b == null) {
            return null;
        }
        Token e = lastNonWhitespaceToken();
        return new ExceptHandler(type, name == null ? null : identifier(name), b,
                s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code invalid_except_stmt_indent} and {@code invalid_except_star_stmt_indent}. */
    private void invalidExceptIndent(boolean star) {
        int m = pos;
        Token a = expect(KW_EXCEPT);
        if (a == null || (star && !accept(STAR))) {
            return;
        }
        String what = star ? "'except*' statement" : "'except' statement";
        int afterKeyword = pos;
        if (expression() != null) {
            optionalAsName();
            checkIndentedBlock(accept(COLON), a, what);
        }
        if (!star) {
            pos = afterKeyword;
            checkIndentedBlock(accept(COLON), a, what);
        }
        pos = m;
    }

    private void invalid_except_stmt() {
        int m = pos;
        if (!accept(KW_EXCEPT)) {
            return;
        }
        accept(STAR);
        Expr a = expression();
        if (a != null && accept(COMMA) && expressions() != null) {
            optionalAsName();
            if (accept(COLON)) {
                throw raiseSyntaxErrorStartingFrom(a, "multiple exception types must be parenthesized");
            }
        }
        pos = m + 1;
        accept(STAR);
        if (expression() != null) {
            optionalAsName();
            if (accept(NEWLINE)) {
                throw raiseSyntaxError("expected ':'");
            }
        }
        pos = m + 1;
        if (accept(NEWLINE)) {
            throw raiseSyntaxError("expected ':'");
        }
        pos = m + 1;
        if (accept(STAR) && (accept(NEWLINE) || accept(COLON))) {
            throw raiseSyntaxError("expected one or more exception types");
        }
        pos = m;
    }

    private List<Stmt> finally_block() {
        return clauseBlock(KW_FINALLY, "'finally' statement");
    }
}
