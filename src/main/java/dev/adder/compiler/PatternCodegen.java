package dev.adder.compiler;

import dev.adder.ast.ConstantRepr;
import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Pattern;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Opcode;
import dev.adder.objects.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code match} statements: each case copies the subject, its pattern leaves the captured values
 * on the stack (stored once the whole pattern matched) and jumps to a "fail pop" block that pops
 * what is on the stack when a test fails; plus the pattern errors CPython raises (duplicate
 * captures, irrefutable cases that are not last, ...).
 * CPython 3.11: Python/compile.c compiler_match_inner, compiler_pattern and its helpers.
 */
final class PatternCodegen {
    private final LayoutCompiler c;
    /** The captures of the pattern being compiled (CPython's {@code pc->stores}). */
    private List<String> stores;
    private boolean allowIrrefutable;
    /** Blocks that pop n items then fail (CPython's {@code pc->fail_pop}). */
    private List<Block> failPop = new ArrayList<>();
    /** Items on the stack above the captures (CPython's {@code pc->on_top}). */
    private int onTop;

    PatternCodegen(LayoutCompiler c) {
        this.c = c;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    // CPython 3.11: Python/compile.c compiler_match_inner
    void match(Stmt.Match s) {
        // A match nested in a case body has its own pattern context.
        List<String> outerStores = stores;
        boolean outerAllow = allowIrrefutable;
        List<Block> outerFailPop = failPop;
        int outerOnTop = onTop;
        matchInner(s);
        stores = outerStores;
        allowIrrefutable = outerAllow;
        failPop = outerFailPop;
        onTop = outerOnTop;
    }

    private void matchInner(Stmt.Match s) {
        c.visit(s.subject());
        Block end = c.u.newBlock();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        int last = n - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i <= last; i++) {
            MatchCase m = cases.get(i);
            c.u.setLocation(m.pattern());
            if (i != last) {
                c.u.op(Opcode.COPY, 1);
            }
            stores = new ArrayList<>();
            allowIrrefutable = m.guard() != null || i == n - 1;
            failPop = new ArrayList<>();
            onTop = 0;
            pattern(m.pattern());
            for (String name : stores) {
                c.nameop(name, ExprContext.Store);
            }
            if (m.guard() != null) {
                ensureFailPop(0);
                c.exprs.jumpIf(m.guard(), failPop.get(0), false);
            }
            if (i != last) {
                c.u.op(Opcode.POP_TOP);
            }
            c.visitStmts(m.body());
            c.u.jump(Pseudo.JUMP, end);
            c.u.setLocation(m.pattern());
            emitAndResetFailPop();
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            c.u.setLocation(m.pattern());
            c.u.op(n == 1 ? Opcode.POP_TOP : Opcode.NOP);
            if (m.guard() != null) {
                c.exprs.jumpIf(m.guard(), end, false);
            }
            c.visitStmts(m.body());
        }
        c.u.useNext(end);
    }

    private void ensureFailPop(int n) {
        while (failPop.size() < n + 1) {
            failPop.add(c.u.newBlock());
        }
    }

    private void jumpToFailPop(int op) {
        int pops = onTop + stores.size();
        ensureFailPop(pops);
        c.u.jump(op, failPop.get(pops));
    }

    private void emitAndResetFailPop() {
        if (failPop.isEmpty()) {
            return;
        }
        for (int i = failPop.size() - 1; i > 0; i--) {
            c.u.useNext(failPop.get(i));
            c.u.op(Opcode.POP_TOP);
        }
        c.u.useNext(failPop.get(0));
        failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (count > 1) {
            c.u.op(Opcode.SWAP, count--);
        }
    }

    // CPython 3.11: Python/compile.c compiler_pattern
    private void pattern(Pattern p) {
        c.u.setLocation(p);
        if (p instanceof Pattern.MatchValue v) {
            if (!(v.value() instanceof Expr.Constant || v.value() instanceof Expr.Attribute)
                    && ConstFold.value(v.value()) == null) {
                throw c.error("patterns may only match literals and attribute lookups");
            }
            c.visit(v.value());
            c.u.op(Opcode.COMPARE_OP, 2);
            jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSingleton s) {
            c.u.loadConst(Consts.fromAst(s.value()));
            c.u.op(Opcode.IS_OP, 0);
            jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
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
            new OrPattern().compile(or);
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
            c.u.op(Opcode.POP_TOP);
            return;
        }
        c.forbiddenName(name, ExprContext.Store);
        if (stores.contains(name)) {
            throw duplicateStore(name);
        }
        rotate(onTop + stores.size() + 1);
        stores.add(name);
    }

    private RuntimeException duplicateStore(String name) {
        return c.error("multiple assignments to name " + ConstantRepr.strRepr(name) + " in pattern");
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
        onTop++;
        c.u.op(Opcode.COPY, 1);
        pattern(p.pattern());
        onTop--;
        storeName(p.name());
    }

    // CPython 3.11: Python/compile.c compiler_pattern_sequence
    private void sequence(Pattern.MatchSequence p) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern sub = patterns.get(i);
            if (sub instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw c.error("multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(sub);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(sub);
        }
        onTop++;
        c.u.op(Opcode.MATCH_SEQUENCE);
        jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        if (star < 0) {
            c.u.op(Opcode.GET_LEN);
            c.u.loadConst(size);
            c.u.op(Opcode.COMPARE_OP, 2);
            jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            c.u.op(Opcode.GET_LEN);
            c.u.loadConst(size - 1);
            c.u.op(Opcode.COMPARE_OP, 5);
            jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        }
        onTop--;
        if (onlyWildcard) {
            c.u.op(Opcode.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star);
        } else {
            sequenceUnpack(patterns);
        }
    }

    // CPython 3.11: Python/compile.c pattern_helper_sequence_unpack, pattern_unpack_helper
    private void sequenceUnpack(List<Pattern> patterns) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking sequence pattern");
                }
                c.u.op(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
                break;
            }
        }
        if (!seenStar) {
            c.u.op(Opcode.UNPACK_SEQUENCE, n);
        }
        onTop += n;
        for (Pattern sub : patterns) {
            onTop--;
            subpattern(sub);
        }
    }

    // CPython 3.11: Python/compile.c pattern_helper_sequence_subscr
    private void sequenceSubscr(List<Pattern> patterns, int star) {
        onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern sub = patterns.get(i);
            if (isWildcard(sub) || i == star) {
                continue;
            }
            c.u.op(Opcode.COPY, 1);
            if (i < star) {
                c.u.loadConst(i);
            } else {
                c.u.op(Opcode.GET_LEN);
                c.u.loadConst(size - i);
                c.u.op(Opcode.BINARY_OP, ExprCodegen.nb(dev.adder.ast.Operator.Sub));
            }
            c.u.op(Opcode.BINARY_SUBSCR);
            subpattern(sub);
        }
        onTop--;
        c.u.op(Opcode.POP_TOP);
    }

    // CPython 3.11: Python/compile.c compiler_pattern_mapping
    private void mapping(Pattern.MatchMapping p) {
        List<Expr> keys = p.keys();
        int size = keys.size();
        String rest = p.rest();
        onTop++;
        c.u.op(Opcode.MATCH_MAPPING);
        jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        if (size == 0 && rest == null) {
            onTop--;
            c.u.op(Opcode.POP_TOP);
            return;
        }
        if (size > 0) {
            c.u.op(Opcode.GET_LEN);
            c.u.loadConst(size);
            c.u.op(Opcode.COMPARE_OP, 5);
            jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            Object folded = ConstFold.value(key);
            if (folded != null) {
                Object k = key instanceof Expr.Constant kc ? kc.value() : folded;
                if (!seen.add(pythonEqualityKey(k))) {
                    throw c.error("mapping pattern checks duplicate key ("
                            + (key instanceof Expr.Constant kc ? ConstantRepr.repr(kc.value()) : Consts.repr(folded))
                            + ")");
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw c.error("mapping pattern keys may only match literals and attribute lookups");
            }
            c.visit(key);
        }
        c.u.op(Opcode.BUILD_TUPLE, size);
        c.u.op(Opcode.MATCH_KEYS);
        onTop += 2;
        c.u.op(Opcode.COPY, 1);
        c.u.loadNone();
        c.u.op(Opcode.IS_OP, 1);
        jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        c.u.op(Opcode.UNPACK_SEQUENCE, size);
        onTop += size - 1;
        for (Pattern sub : p.patterns()) {
            onTop--;
            subpattern(sub);
        }
        onTop -= 2;
        if (rest != null) {
            c.u.op(Opcode.BUILD_MAP, 0);
            c.u.op(Opcode.SWAP, 3);
            c.u.op(Opcode.DICT_UPDATE, 2);
            c.u.op(Opcode.UNPACK_SEQUENCE, size);
            while (size > 0) {
                c.u.op(Opcode.COPY, 1 + size--);
                c.u.op(Opcode.SWAP, 2);
                c.u.op(Opcode.DELETE_SUBSCR);
            }
            storeName(rest);
        } else {
            c.u.op(Opcode.POP_TOP);
            c.u.op(Opcode.POP_TOP);
        }
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
        int nargs = p.patterns().size();
        int nattrs = attrs.size();
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                c.u.setLocation(p.kwd_patterns().get(i));
                c.forbiddenName(attrs.get(i), ExprContext.Store);
                for (int j = i + 1; j < nattrs; j++) {
                    if (attrs.get(i).equals(attrs.get(j))) {
                        c.u.setLocation(p.kwd_patterns().get(j));
                        throw c.error("attribute name repeated in class pattern: " + attrs.get(i));
                    }
                }
            }
            c.u.setLocation(p);
        }
        c.visit(p.cls());
        c.u.loadConst(PyTuple.of(attrs.toArray()));
        c.u.op(Opcode.MATCH_CLASS, nargs);
        c.u.op(Opcode.COPY, 1);
        c.u.loadNone();
        c.u.op(Opcode.IS_OP, 1);
        onTop++;
        jumpToFailPop(Pseudo.POP_JUMP_IF_FALSE);
        c.u.op(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            onTop--;
            Pattern sub = i < nargs ? p.patterns().get(i) : p.kwd_patterns().get(i - nargs);
            if (isWildcard(sub)) {
                c.u.op(Opcode.POP_TOP);
                continue;
            }
            subpattern(sub);
        }
    }

    /** An or-pattern: each alternative on its own copy of the subject, captures reordered to the first's order. */
    // CPython 3.11: Python/compile.c compiler_pattern_or
    private final class OrPattern {
        void compile(Pattern.MatchOr p) {
            Block end = c.u.newBlock();
            List<Pattern> alts = p.patterns();
            List<String> oldStores = stores;
            boolean oldAllow = allowIrrefutable;
            List<Block> oldFailPop = failPop;
            int oldOnTop = onTop;
            List<String> control = null;
            for (int i = 0; i < alts.size(); i++) {
                Pattern alt = alts.get(i);
                c.u.setLocation(alt);
                stores = new ArrayList<>();
                allowIrrefutable = i == alts.size() - 1 && oldAllow;
                failPop = new ArrayList<>();
                onTop = 0;
                c.u.op(Opcode.COPY, 1);
                pattern(alt);
                int nstores = stores.size();
                if (i == 0) {
                    control = stores;
                } else if (nstores != control.size()) {
                    throw c.error("alternative patterns bind different names");
                } else if (nstores > 0) {
                    reorder(control);
                }
                c.u.jump(Pseudo.JUMP, end);
                emitAndResetFailPop();
            }
            stores = oldStores;
            allowIrrefutable = oldAllow;
            failPop = oldFailPop;
            onTop = oldOnTop;
            c.u.op(Opcode.POP_TOP);
            jumpToFailPop(Pseudo.JUMP);
            c.u.useNext(end);
            int nrots = control.size() + 1 + onTop + stores.size();
            for (String name : control) {
                rotate(nrots);
                if (stores.contains(name)) {
                    throw duplicateStore(name);
                }
                stores.add(name);
            }
            c.u.op(Opcode.POP_TOP);
        }

        private void reorder(List<String> control) {
            for (int icontrol = control.size() - 1; icontrol >= 0; icontrol--) {
                int istores = stores.indexOf(control.get(icontrol));
                if (istores < 0) {
                    throw c.error("alternative patterns bind different names");
                }
                if (icontrol != istores) {
                    int rotations = istores + 1;
                    List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
                    stores.subList(0, rotations).clear();
                    stores.addAll(icontrol - istores, rotated);
                    while (rotations-- > 0) {
                        rotate(icontrol + 1);
                    }
                }
            }
        }
    }
}
