package dev.adder.cli;

import dev.adder.ast.Located;
import dev.adder.ast.Node;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Predicts the two RecursionErrors that {@code shared/tools/cpython_ast_dump.py} hits on deep trees,
 * so that {@code adder --dump-ast} fails where the reference script fails.
 *
 * <p>Both limits were measured with CPython 3.11.7 running that script (recursion limit 1000):
 * <ul>
 * <li>{@code ast.parse} converts the tree to Python objects with a depth counter that starts at
 * 3 x the Python frame depth and may not pass 3 x the recursion limit: every node except the
 * operator/context singletons counts one level, lists count nothing. Inside the script a tree of
 * node depth 2985 passes and 2986 fails ({@code '-'*2982+'1'} passes, 2983 minus signs fail).
 * <li>{@code ast.dump} recurses in Python: a node or a leaf value costs one frame, a leaf's
 * {@code repr} one more check, a non-empty list three (its frame and the generator that joins
 * it). Checks deeper than 995 fail ({@code '-'*987+'1'} passes, 988 fails).
 * </ul>
 * The walks here use explicit stacks, so any depth is safe.
 */
final class ScriptLimits {
    private ScriptLimits() {}

    /** The deepest node depth {@code ast.parse} converts inside the script. */
    static final int MAX_AST_DEPTH = 2985;
    /** The deepest recursion check {@code ast.dump} passes inside the script. */
    static final int MAX_DUMP_DEPTH = 995;

    static final String AST_CONSTRUCTION = "maximum recursion depth exceeded during ast construction";
    private static final String PLAIN = "maximum recursion depth exceeded";
    private static final String REPR = "maximum recursion depth exceeded while getting the repr of an object";
    private static final String CALL = "maximum recursion depth exceeded while calling a Python object";

    /** How to walk one node class: its getters, which may be left out when None, where positions start. */
    private record Shape(MethodHandle[] getters, boolean[] optional, int positionsFrom) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            int n = components.length;
            MethodHandle[] getters = new MethodHandle[n];
            boolean[] optional = new boolean[n];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < n; i++) {
                try {
                    getters[i] = lookup.unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                // As in ast.dump: None in an optional field is skipped; `constant` fields are Object.
                optional[i] = components[i].getType() != Object.class;
            }
            // The position components are the last four of a Located record.
            int positionsFrom = Located.class.isAssignableFrom(type) ? n - 4 : n;
            return new Shape(getters, optional, positionsFrom);
        }
    };

    private static boolean isTreeNode(Object value) {
        return value instanceof Node && !(value instanceof Enum<?>);
    }

    private static Object get(MethodHandle getter, Object node) {
        try {
            return (Object) getter.invokeExact(node);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether CPython's {@code ast.parse} in the script fails converting this tree. */
    static boolean astConstructionFails(Node root) {
        Object[] nodes = new Object[64];
        int[] depths = new int[64];
        int top = 0;
        nodes[top] = root;
        depths[top++] = 1;
        while (top > 0) {
            Object value = nodes[--top];
            int depth = depths[top];
            nodes[top] = null;
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof Node || element instanceof List) {
                        if (top == nodes.length) {
                            nodes = java.util.Arrays.copyOf(nodes, 2 * top);
                            depths = java.util.Arrays.copyOf(depths, 2 * top);
                        }
                        nodes[top] = element;
                        depths[top++] = depth;
                    }
                }
                continue;
            }
            if (!isTreeNode(value)) {
                continue;
            }
            if (depth > MAX_AST_DEPTH) {
                return true;
            }
            for (MethodHandle getter : SHAPES.get(value.getClass()).getters) {
                Object child = get(getter, value);
                if (child instanceof Node || child instanceof List) {
                    if (top == nodes.length) {
                        nodes = java.util.Arrays.copyOf(nodes, 2 * top);
                        depths = java.util.Arrays.copyOf(depths, 2 * top);
                    }
                    nodes[top] = child;
                    depths[top++] = depth + 1;
                }
            }
        }
        return false;
    }

    /**
     * Returns the RecursionError message the script's {@code ast.dump} raises for this tree, or
     * null when it dumps it. The depth is exact; the message suffix is that of the first check
     * that fails in dump order, except that CPython's choice between "while calling a Python
     * object" and no suffix is only approximated (ScriptLimitsTest ignores that suffix).
     */
    static String dumpFailure(Node root, boolean positions) {
        // Pre-order walk; a frame at depth d is checked on entry, its children run at d + 1.
        Object[] values = new Object[64];
        int[] depths = new int[64];
        int top = 0;
        values[top] = root;
        depths[top++] = 1;
        while (top > 0) {
            Object value = values[--top];
            int depth = depths[top];
            values[top] = null;
            if (depth > MAX_DUMP_DEPTH) {
                // Measured: the frame of a leaf value, a singleton or an empty list fails "while
                // calling a Python object", that of a node with fields fails plainly.
                boolean recurses = isTreeNode(value) || value instanceof List<?> l && !l.isEmpty();
                return recurses ? PLAIN : CALL;
            }
            if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    continue;
                }
                if (depth + 2 > MAX_DUMP_DEPTH) {
                    return PLAIN;
                }
                for (int i = list.size() - 1; i >= 0; i--) {
                    if (top == values.length) {
                        values = java.util.Arrays.copyOf(values, 2 * top);
                        depths = java.util.Arrays.copyOf(depths, 2 * top);
                    }
                    values[top] = list.get(i);
                    depths[top++] = depth + 3;
                }
            } else if (isTreeNode(value)) {
                Shape shape = SHAPES.get(value.getClass());
                int end = positions ? shape.getters.length : shape.positionsFrom;
                for (int i = end - 1; i >= 0; i--) {
                    Object child = get(shape.getters[i], value);
                    if (child == null && shape.optional[i]) {
                        continue;
                    }
                    if (top == values.length) {
                        values = java.util.Arrays.copyOf(values, 2 * top);
                        depths = java.util.Arrays.copyOf(depths, 2 * top);
                    }
                    values[top] = child;
                    depths[top++] = depth + 1;
                }
            } else if (!(value instanceof Enum<?>) && depth + 1 > MAX_DUMP_DEPTH) {
                // A leaf value: its frame passed, its repr is checked one level deeper.
                return REPR;
            }
        }
        return null;
    }
}
