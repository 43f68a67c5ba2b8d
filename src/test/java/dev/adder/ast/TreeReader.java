package dev.adder.ast;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds our records from CPython's tree as serialized by {@link #PYTHON_SERIALIZER}, so that
 * {@link AstDump} can be tested against {@code ast.dump} without our parser.
 *
 * <p>Tokens are separated by single spaces: {@code {Expr.BinOp ... }} a node (its fields, then its
 * attributes), {@code [ ... ]} a list, {@code N} None, {@code T}/{@code F}, {@code i123} int,
 * {@code fHEX} float bits, {@code cHEX,HEX} complex, {@code sCP,CP} str code points in hex,
 * {@code bHEX} bytes, {@code E} Ellipsis, {@code eOperator.Add} an enum singleton.
 */
public final class TreeReader {
    /** Python code defining {@code ser(node) -> str} in the format above. */
    public static final String PYTHON_SERIALIZER = """
            import ast, struct
            CATS = [(ast.mod, 'Mod.'), (ast.stmt, 'Stmt.'), (ast.expr, 'Expr.'), (ast.pattern, 'Pattern.')]
            ENUMS = [(ast.expr_context, 'ExprContext'), (ast.operator, 'Operator'), (ast.boolop, 'Boolop'),
                     (ast.unaryop, 'Unaryop'), (ast.cmpop, 'Cmpop')]
            JAVA = {'arguments': 'Arguments', 'arg': 'Arg', 'keyword': 'Keyword', 'alias': 'Alias',
                    'withitem': 'Withitem', 'match_case': 'MatchCase', 'comprehension': 'Comprehension'}
            def fbits(x):
                return struct.pack('>d', x).hex()
            def ser(v, out):
                if isinstance(v, ast.AST):
                    name = type(v).__name__
                    for base, cat in ENUMS:
                        if isinstance(v, base):
                            out.append('e' + cat + '.' + name)
                            return
                    prefix = ''
                    for base, cat in CATS:
                        if isinstance(v, base):
                            prefix = cat
                    out.append('{' + prefix + JAVA.get(name, name))
                    for f in v._fields + v._attributes:
                        ser(getattr(v, f, None), out)
                    out.append('}')
                elif isinstance(v, list):
                    out.append('[')
                    for x in v:
                        ser(x, out)
                    out.append(']')
                elif v is None: out.append('N')
                elif v is True: out.append('T')
                elif v is False: out.append('F')
                elif v is Ellipsis: out.append('E')
                elif isinstance(v, int): out.append('i%d' % v)
                elif isinstance(v, float): out.append('f' + fbits(v))
                elif isinstance(v, complex): out.append('c' + fbits(v.real) + ',' + fbits(v.imag))
                elif isinstance(v, str): out.append('s' + ','.join('%x' % ord(c) for c in v))
                elif isinstance(v, bytes): out.append('b' + v.hex())
                else: raise TypeError(type(v))
            def serialize(tree):
                out = []
                ser(tree, out)
                return ' '.join(out)
            """;

    private final String[] tokens;
    private int pos;

    private TreeReader(String line) {
        this.tokens = line.split(" ", -1);
    }

    /** Rebuilds the tree serialized on one line. */
    public static Node read(String line) {
        TreeReader reader = new TreeReader(line);
        Object value = reader.value();
        if (reader.pos != reader.tokens.length) {
            throw new IllegalArgumentException("trailing tokens at " + reader.pos);
        }
        return (Node) value;
    }

    private Object value() {
        String t = tokens[pos++];
        char kind = t.charAt(0);
        String rest = t.substring(1);
        switch (kind) {
            case '{':
                return node(rest);
            case '[': {
                List<Object> list = new ArrayList<>();
                while (!tokens[pos].equals("]")) {
                    list.add(value());
                }
                pos++;
                return list;
            }
            case 'N':
                return null;
            case 'T':
                return Boolean.TRUE;
            case 'F':
                return Boolean.FALSE;
            case 'E':
                return ConstantValues.Ellipsis.INSTANCE;
            case 'i':
                return narrow(new BigInteger(rest));
            case 'f':
                return bits(rest);
            case 'c': {
                String[] parts = rest.split(",");
                return new ConstantValues.Complex(bits(parts[0]), bits(parts[1]));
            }
            case 's': {
                StringBuilder sb = new StringBuilder();
                for (String cp : rest.isEmpty() ? new String[0] : rest.split(",")) {
                    sb.appendCodePoint(Integer.parseInt(cp, 16));
                }
                return sb.toString();
            }
            case 'b': {
                byte[] bytes = new byte[rest.length() / 2];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) Integer.parseInt(rest.substring(2 * i, 2 * i + 2), 16);
                }
                return new ConstantValues.Bytes(bytes);
            }
            case 'e': {
                int dot = rest.indexOf('.');
                return enumValue(rest.substring(0, dot), rest.substring(dot + 1));
            }
            default:
                throw new IllegalArgumentException("bad token " + t);
        }
    }

    private static Object narrow(BigInteger v) {
        if (v.bitLength() < 32) {
            return v.intValue();
        } else if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String type, String name) {
        try {
            Class<? extends Enum> c = (Class<? extends Enum>) Class.forName("dev.adder.ast." + type);
            return Enum.valueOf(c, name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Object node(String name) {
        String binary = "dev.adder.ast." + name.replace('.', '$');
        Class<?> type;
        try {
            type = Class.forName(binary);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no node class " + binary, e);
        }
        List<Object> args = new ArrayList<>();
        while (!tokens[pos].equals("}")) {
            args.add(value());
        }
        pos++;
        Constructor<?> ctor = type.getDeclaredConstructors()[0];
        Class<?>[] params = ctor.getParameterTypes();
        Object[] actual = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Object a = args.get(i);
            if ((params[i] == int.class || params[i] == Integer.class) && a != null) {
                a = ((Number) a).intValue();
            }
            actual[i] = a;
        }
        try {
            return ctor.newInstance(actual);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot build " + name, e);
        }
    }
}
