package dev.adder.compiler;

import dev.adder.ast.Expr;
import dev.adder.ast.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * The AST optimizer's rewrite of {@code 'literal %s' % (a, b)} into an f-string when every
 * conversion is a plain {@code %s}, {@code %r} or {@code %a} (with optional width and precision).
 * CPython 3.11: Python/ast_opt.c optimize_format, parse_literal, parse_format,
 * simple_format_arg_parse.
 */
final class PercentFormat {
    /** CPython's MAXDIGITS: widths and precisions of three or more digits are left to the % operator. */
    private static final int MAX_DIGITS = 3;

    private PercentFormat() {
    }

    /** The JoinedStr CPython compiles {@code e} as, or null when it does not rewrite it. */
    static Expr.JoinedStr rewrite(Expr.BinOp e) {
        if (e.op() != Operator.Mod || !(e.right() instanceof Expr.Tuple t) || ConstFold.value(t) != null
                || !(ConstFold.value(e.left()) instanceof String fmt)) {
            return null;
        }
        List<Expr> elts = t.elts();
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return null;
            }
        }
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        while (true) {
            String lit = literal(fmt, pos);
            if (lit != null) {
                seq.add(new Expr.Constant(lit, null, -1, -1, -1, -1));
            }
            if (pos[0] >= fmt.length()) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++;
            Expr fv = format(fmt, pos, elts.get(cnt));
            cnt++;
            if (fv == null) {
                return null;
            }
            seq.add(fv);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new Expr.JoinedStr(seq, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset());
    }

    private static String literal(String fmt, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        boolean percents = false;
        while (pos < fmt.length()) {
            if (fmt.charAt(pos) != '%') {
                pos++;
            } else if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                percents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String s = fmt.substring(start, pos);
        return percents ? s.replace("%%", "%") : s;
    }

    private static Expr format(String fmt, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int len = fmt.length();
        boolean ljust = false;
        long width = -1;
        long prec = -1;
        if (pos >= len) {
            return null;
        }
        char ch = fmt.charAt(pos++);
        while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
            ljust |= ch == '-';
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
        }
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len || ++digits >= MAX_DIGITS) {
                    return null;
                }
                ch = fmt.charAt(pos++);
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            prec = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= len || ++digits >= MAX_DIGITS) {
                    return null;
                }
                ch = fmt.charAt(pos++);
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.length() == 0 ? null : new Expr.Constant(spec.toString(), null, -1, -1, -1, -1);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.col_offset(), arg.end_lineno(),
                arg.end_col_offset());
    }
}
