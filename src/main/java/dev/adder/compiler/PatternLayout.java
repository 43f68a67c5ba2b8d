package dev.adder.compiler;

import dev.adder.ast.ConstantRepr;
import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Pattern;
import dev.adder.ast.Stmt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code match} statements: the loads each pattern makes, then its captures stored in CPython's
 * order (an or-pattern stores in its first alternative's order), and the pattern errors the
 * compiler raises (duplicate captures, irrefutable cases that are not last, ...).
 * CPython 3.11: Python/compile.c compiler_match_inner, compiler_pattern and its helpers.
 */
final class PatternLayout {
    private final LayoutCompiler c;
    /** The captures of the pattern being compiled (CPython's {@code pc->stores}). */
    private List<String> stores;
    private boolean allowIrrefutable;

    PatternLayout(LayoutCompiler c) {
        this.c = c;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    // CPython 3.11: Python/compile.c compiler_match_inner
    void match(Stmt.Match s) {
        boolean entry = c.u.reachable;
        c.visit(s.subject());
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        boolean anyEnd = false;
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase m = cases.get(i);
            c.u.reachable = entry;
            c.u.setLocation(m.pattern());
            stores = new ArrayList<>();
            allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern());
            for (String name : stores) {
                c.nameop(name, ExprContext.Store);
            }
            anyEnd |= guardAndBody(m);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            c.u.reachable = entry;
            c.u.setLocation(m.pattern());
            anyEnd |= guardAndBody(m);
        }
        MatchCase last = cases.get(n - 1);
        boolean lastAlwaysMatches = last.guard() == null && irrefutable(last.pattern());
        c.u.reachable = entry && (anyEnd || !lastAlwaysMatches);
    }

    private boolean guardAndBody(MatchCase m) {
        if (m.guard() != null) {
            c.u.reachable = c.exprs.jumpIf(m.guard(), false).fall();
        }
        c.visitStmts(m.body());
        return c.u.reachable;
    }

    private static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs as) {
            return as.pattern() == null || irrefutable(as.pattern());
        }
        if (p instanceof Pattern.MatchOr or) {
            return or.patterns().stream().anyMatch(PatternLayout::irrefutable);
        }
        return false;
    }

    // CPython 3.11: Python/compile.c compiler_pattern
    private void pattern(Pattern p) {
        c.u.setLocation(p);
        if (p instanceof Pattern.MatchValue v) {
            c.visit(v.value());
        } else if (p instanceof Pattern.MatchSingleton s) {
            c.u.loadConst(List.of("singleton", String.valueOf(s.value())));
        } else if (p instanceof Pattern.MatchSequence seq) {
            sequence(seq);
        } else if (p instanceof Pattern.MatchMapping map) {
            mapping(map);
        } else if (p instanceof Pattern.MatchClass cls) {
            classPattern(cls);
        } else if (p instanceof Pattern.MatchStar star) {
            storeName(star.name());
        } else if (p instanceof Pattern.MatchAs as) {
            as(as);
        } else if (p instanceof Pattern.MatchOr or) {
            or(or);
        }
    }

    // CPython 3.11: Python/compile.c compiler_pattern_subpattern
    private void subpattern(Pattern p) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = saved;
    }

    // CPython 3.11: Python/compile.c pattern_helper_store_name
    private void storeName(String name) {
        if (name == null) {
            return;
        }
        c.forbiddenName(name, ExprContext.Store);
        if (stores.contains(name)) {
            throw c.error("multiple assignments to name " + ConstantRepr.strRepr(name) + " in pattern");
        }
        stores.add(name);
    }

    // CPython 3.11: Python/compile.c compiler_pattern_as
    private void as(Pattern.MatchAs p) {
        if (p.pattern() == null) {
            if (!allowIrrefutable) {
                if (p.name() != null) {
                    throw c.error("name capture " + ConstantRepr.strRepr(p.name())
                            + " makes remaining patterns unreachable");
                }
                throw c.error("wildcard makes remaining patterns unreachable");
            }
            storeName(p.name());
            return;
        }
        pattern(p.pattern());
        storeName(p.name());
    }

    // CPython 3.11: Python/compile.c compiler_pattern_sequence
    private void sequence(Pattern.MatchSequence p) {
        boolean star = false;
        for (Pattern sub : p.patterns()) {
            if (sub instanceof Pattern.MatchStar) {
                if (star) {
                    throw c.error("multiple starred names in sequence pattern");
                }
                star = true;
            }
        }
        c.u.loadConst(ConstFold.keyOf(p.patterns().size()));
        for (Pattern sub : p.patterns()) {
            subpattern(sub);
        }
    }

    // CPython 3.11: Python/compile.c compiler_pattern_mapping
    private void mapping(Pattern.MatchMapping p) {
        Set<Object> seen = new HashSet<>();
        for (Expr key : p.keys()) {
            Object folded = ConstFold.fold(key);
            if (folded != null && key instanceof Expr.Constant k) {
                Object eq = pythonEqualityKey(k.value());
                if (!seen.add(eq)) {
                    throw c.error("mapping pattern checks duplicate key (" + ConstantRepr.repr(k.value()) + ")");
                }
            }
            c.visit(key);
        }
        for (Pattern sub : p.patterns()) {
            subpattern(sub);
        }
        storeName(p.rest());
    }

    /** A key under which constants that Python's {@code ==} calls equal (1, 1.0, True) collide. */
    private static Object pythonEqualityKey(Object v) {
        if (v instanceof Boolean b) {
            return BigDecimal.valueOf(b ? 1 : 0);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return new BigDecimal(new BigInteger(v.toString()));
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d : new BigDecimal(d).stripTrailingZeros();
        }
        if (v instanceof ConstantValues.Complex z && z.imag() == 0.0) {
            return pythonEqualityKey(z.real());
        }
        if (v instanceof BigDecimal bd) {
            return bd.stripTrailingZeros();
        }
        return v == null ? List.of() : v;
    }

    // CPython 3.11: Python/compile.c compiler_pattern_class, validate_kwd_attrs
    private void classPattern(Pattern.MatchClass p) {
        List<String> attrs = p.kwd_attrs();
        for (int i = 0; i < attrs.size(); i++) {
            c.u.setLocation(p.kwd_patterns().get(i));
            c.forbiddenName(attrs.get(i), ExprContext.Store);
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    c.u.setLocation(p.kwd_patterns().get(j));
                    throw c.error("attribute name repeated in class pattern: " + attrs.get(i));
                }
            }
        }
        c.visit(p.cls());
        c.u.loadConst(List.of("attrs", attrs));
        for (Pattern sub : p.patterns()) {
            subpattern(sub);
        }
        for (Pattern sub : p.kwd_patterns()) {
            subpattern(sub);
        }
    }

    // CPython 3.11: Python/compile.c compiler_pattern_or
    private void or(Pattern.MatchOr p) {
        List<String> oldStores = stores;
        boolean oldAllow = allowIrrefutable;
        List<String> control = null;
        List<Pattern> alts = p.patterns();
        for (int i = 0; i < alts.size(); i++) {
            Pattern alt = alts.get(i);
            c.u.setLocation(alt);
            stores = new ArrayList<>();
            allowIrrefutable = i == alts.size() - 1 && oldAllow;
            pattern(alt);
            if (control == null) {
                control = stores;
            } else if (stores.size() != control.size() || !new HashSet<>(stores).equals(new HashSet<>(control))) {
                throw c.error("alternative patterns bind different names");
            }
        }
        stores = oldStores;
        allowIrrefutable = oldAllow;
        for (String name : control) {
            storeName(name);
        }
    }
}
