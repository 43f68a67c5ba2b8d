package dev.adder.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(node)} or
 * {@code ast.dump(node, include_attributes=True)} does, for differential tests against CPython.
 *
 * <p>Works on any node by record reflection (component order is CPython's {@code _fields} order,
 * then the {@code _attributes}); the per-class layout is computed once and cached. The walk uses
 * an explicit stack, so trees as deep as CPython accepts (about 3,000 levels) cannot overflow the
 * Java stack.
 */
public final class AstDump {
    private AstDump() {}

    /** Java class names that differ from CPython's node names. */
    private static final Map<String, String> PYTHON_NAMES = Map.of(
            "Arguments", "arguments", "Arg", "arg", "Keyword", "keyword", "Alias", "alias",
            "Withitem", "withitem", "MatchCase", "match_case", "Comprehension", "comprehension");

    /** The position components, which CPython lists in {@code _attributes} rather than {@code _fields}. */
    private static final List<String> ATTRIBUTES = List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    /** The per-class layout: an immutable cache keyed by class, safe to share between engines. */
    private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> type) {
            return Layout.of(type);
        }
    };

    /** Literal text on the work stack, as opposed to a value still to be formatted. */
    private record Text(String text) {
    }

    private static final Text CLOSE_PAREN = new Text(")");
    private static final Text CLOSE_BRACKET = new Text("]");
    private static final Text COMMA = new Text(", ");
    /** Stands for a Python None on the work stack. */
    private static final Object NONE = new Object();

    /** How one record class prints: its Python name and, per component, its getter and label. */
    private record Layout(String name, MethodHandle[] getters, Text[] firstLabel, Text[] laterLabel,
                          boolean[] optional, boolean[] attribute) {

        static Layout of(Class<?> type) {
            String simple = type.getSimpleName();
            String name = PYTHON_NAMES.getOrDefault(simple, simple);
            if (!type.isRecord()) {
                throw new IllegalArgumentException("not an AST node: " + type.getName());
            }
            RecordComponent[] components = type.getRecordComponents();
            int n = components.length;
            MethodHandle[] getters = new MethodHandle[n];
            Text[] first = new Text[n];
            Text[] later = new Text[n];
            boolean[] optional = new boolean[n];
            boolean[] attribute = new boolean[n];
            boolean located = Located.class.isAssignableFrom(type);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (int i = 0; i < n; i++) {
                RecordComponent c = components[i];
                try {
                    getters[i] = lookup.unreflect(c.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
                }
                first[i] = new Text(c.getName() + "=");
                later[i] = new Text(", " + c.getName() + "=");
                // A null in an `x?` field is left out; `constant` fields (type Object) print None.
                optional[i] = c.getType() != Object.class;
                attribute[i] = located && ATTRIBUTES.contains(c.getName());
            }
            return new Layout(name, getters, first, later, optional, attribute);
        }

        Object get(int i, Object node) {
            try {
                return (Object) getters[i].invokeExact(node);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Returns what CPython's {@code ast.dump(node, include_attributes=includeAttributes)} prints.
     *
     * @throws ConstantRepr.IntTooLongError for an int constant of more than 4300 digits, where
     *     CPython's {@code repr} raises ValueError
     */
    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder out = new StringBuilder(256);
        dump(node, includeAttributes, out);
        return out.toString();
    }

    /** Appends what {@link #dump(Node, boolean)} returns to {@code out}. */
    public static void dump(Node node, boolean includeAttributes, StringBuilder out) {
        Object[] stack = new Object[64];
        int top = 0;
        stack[top++] = node == null ? NONE : node;
        Object[] pending = new Object[32];
        while (top > 0) {
            Object item = stack[--top];
            stack[top] = null;
            if (item instanceof Text t) {
                out.append(t.text);
            } else if (item instanceof Node n) {
                if (n instanceof Enum<?> singleton) {
                    out.append(singleton.name()).append("()");
                    continue;
                }
                Layout layout = LAYOUTS.get(n.getClass());
                out.append(layout.name).append('(');
                // Collect label/value pairs in order, then push them reversed.
                int count = 0;
                int fields = layout.getters.length;
                if (pending.length < 2 * fields) {
                    pending = new Object[2 * fields];
                }
                for (int i = 0; i < fields; i++) {
                    if (layout.attribute[i] && !includeAttributes) {
                        continue;
                    }
                    Object value = layout.get(i, n);
                    if (value == null && layout.optional[i]) {
                        continue;
                    }
                    pending[count] = count == 0 ? layout.firstLabel[i] : layout.laterLabel[i];
                    pending[count + 1] = value == null ? NONE : value;
                    count += 2;
                }
                if (top + count + 1 > stack.length) {
                    stack = java.util.Arrays.copyOf(stack, Math.max(stack.length * 2, top + count + 1));
                }
                stack[top++] = CLOSE_PAREN;
                for (int i = count - 1; i >= 0; i--) {
                    stack[top++] = pending[i];
                    pending[i] = null;
                }
            } else if (item instanceof List<?> list) {
                int size = list.size();
                if (size == 0) {
                    out.append("[]");
                    continue;
                }
                out.append('[');
                if (top + 2 * size + 1 > stack.length) {
                    stack = java.util.Arrays.copyOf(stack, Math.max(stack.length * 2, top + 2 * size + 1));
                }
                stack[top++] = CLOSE_BRACKET;
                for (int i = size - 1; i >= 0; i--) {
                    Object element = list.get(i);
                    stack[top++] = element == null ? NONE : element;
                    if (i > 0) {
                        stack[top++] = COMMA;
                    }
                }
            } else if (item == NONE) {
                out.append("None");
            } else {
                out.append(ConstantRepr.repr(item));
            }
        }
    }
}
