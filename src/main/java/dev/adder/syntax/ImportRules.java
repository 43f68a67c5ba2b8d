package dev.adder.syntax;

import dev.adder.ast.Alias;
import dev.adder.ast.Stmt;

import java.util.List;

import static dev.adder.syntax.TokenType.*;

/** The import statements of CPython 3.11's grammar ({@code import_stmt} and below, {@code dotted_name}). */
public abstract class ImportRules extends PatternRules {

    protected ImportRules(Source source, FStringField field) {
        super(source, field);
    }

    /** {@code import_stmt: import_name | import_from}. */
    protected final Stmt import_stmt() {
        enter();
        try {
            int m = pos;
            Stmt a = import_name();
            if (a != null) {
                return a;
            }
            pos = m;
            return import_from();
        } finally {
            leave();
        }
    }

    private Stmt import_name() {
        enter();
        try {
            int m = pos;
            Token s = expect(KW_IMPORT);
            List<Alias> names = s == null ? null : gather(this::dotted_as_name);
            if (names == null) {
                pos = m;
                return null;
            }
            Token e = lastNonWhitespaceToken();
            return new Stmt.Import(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    private Stmt import_from() {
        enter();
        try {
            int m = pos;
            Token s = expect(KW_FROM);
            if (s == null) {
                return null;
            }
            int level = 0;
            while (true) {
                if (accept(DOT)) {
                    level += 1;
                } else if (accept(ELLIPSIS)) {
                    level += 3;
                } else {
                    break;
                }
            }
            int afterDots = pos;
            String module = dotted_name();
            if (module != null && accept(KW_IMPORT)) {
                List<Alias> names = import_from_targets();
                if (names != null) {
                    Token e = lastNonWhitespaceToken();
                    return new Stmt.ImportFrom(module, names, level, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            pos = afterDots;
            if (level > 0 && accept(KW_IMPORT)) {
                List<Alias> names = import_from_targets();
                if (names != null) {
                    Token e = lastNonWhitespaceToken();
                    return new Stmt.ImportFrom(null, names, level, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            pos = m;
            return null;
        } finally {
            leave();
        }
    }

    private List<Alias> import_from_targets() {
        enter();
        try {
            int m = pos;
            if (accept(LPAR)) {
                List<Alias> a = gather(this::import_from_as_name);
                if (a != null) {
                    accept(COMMA);
                    if (accept(RPAR)) {
                        return a;
                    }
                }
            }
            pos = m;
            List<Alias> a = gather(this::import_from_as_name);
            if (a != null && !lookahead(COMMA)) {
                return a;
            }
            pos = m;
            Token star = expect(STAR);
            if (star != null) {
                return List.of(new Alias("*", null, star.lineno, star.col_offset, star.end_lineno, star.end_col_offset));
            }
            if (callInvalidRules) {
                // invalid_import_from_targets: import_from_as_names ',' NEWLINE
                if (gather(this::import_from_as_name) != null && accept(COMMA) && accept(NEWLINE)) {
                    throw raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
                }
                pos = m;
            }
            return null;
        } finally {
            leave();
        }
    }

    private Alias import_from_as_name() {
        enter();
        try {
            Token s = expect(NAME);
            if (s == null) {
                return null;
            }
            String asname = asName();
            Token e = lastNonWhitespaceToken();
            return new Alias(identifier(s), asname, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    private Alias dotted_as_name() {
        enter();
        try {
            Token s = peek();
            String name = dotted_name();
            if (name == null) {
                return null;
            }
            String asname = asName();
            Token e = lastNonWhitespaceToken();
            return new Alias(name, asname, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code ['as' NAME]}. */
    private String asName() {
        int m = pos;
        if (accept(KW_AS)) {
            Token z = expect(NAME);
            if (z != null) {
                return identifier(z);
            }
        }
        pos = m;
        return null;
    }

    /** {@code dotted_name: dotted_name '.' NAME | NAME}, joined with dots. */
    protected final String dotted_name() {
        enter();
        try {
            Token first = expect(NAME);
            if (first == null) {
                return null;
            }
            String name = identifier(first);
            StringBuilder joined = null;
            while (true) {
                int m = pos;
                Token next = accept(DOT) ? expect(NAME) : null;
                if (next == null) {
                    pos = m;
                    break;
                }
                if (joined == null) {
                    joined = new StringBuilder(name);
                }
                joined.append('.').append(identifier(next));
            }
            return joined == null ? name : joined.toString();
        } finally {
            leave();
        }
    }
}
