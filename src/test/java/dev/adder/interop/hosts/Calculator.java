package dev.adder.interop.hosts;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** A host object with overloads, fields, bean properties and containers, for the interop tests. */
public class Calculator {
    /** A public static constant. */
    public static final int LIMIT = 10;
    /** A public mutable field. */
    public int count;
    /** A public final field. */
    public final String name = "calc";
    private String label = "none";
    private boolean enabled;

    /** Constructor without arguments. */
    public Calculator() {
    }

    /** Constructor with a start count. */
    public Calculator(int count) {
        this.count = count;
    }

    public static int twice(int x) {
        return 2 * x;
    }

    public String kind(int x) {
        return "int";
    }

    public String kind(long x) {
        return "long";
    }

    public String kind(double x) {
        return "double";
    }

    public String kind(String x) {
        return "String";
    }

    public String kind(boolean x) {
        return "boolean";
    }

    public String kind(BigInteger x) {
        return "BigInteger";
    }

    public String kind(Object x) {
        return "Object";
    }

    public String boxed(int x) {
        return "int";
    }

    public String boxed(Integer x) {
        return "Integer:" + x;
    }

    public String arity(int a) {
        return "one";
    }

    public String arity(int a, int b) {
        return "two";
    }

    public int sum(int... xs) {
        return Arrays.stream(xs).sum();
    }

    public String join(String sep, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append(sb.length() == 0 ? "" : sep).append(p);
        }
        return sb.toString();
    }

    public int asInt(int x) {
        return x;
    }

    public long asLong(long x) {
        return x;
    }

    public byte asByte(byte x) {
        return x;
    }

    public short asShort(short x) {
        return x;
    }

    public char asChar(char c) {
        return c;
    }

    public float asFloat(float f) {
        return f;
    }

    public double asDouble(double d) {
        return d;
    }

    public BigInteger asBig(BigInteger b) {
        return b;
    }

    public int byteCount(byte[] b) {
        return b.length;
    }

    public String reversed(char[] cs) {
        return new StringBuilder(new String(cs)).reverse().toString();
    }

    public String text(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    public String apply(Function<Object, Object> f) {
        return "Function:" + f.apply(1);
    }

    public String apply(BiFunction<Object, Object, Object> f) {
        return "BiFunction:" + f.apply(1, 2);
    }

    public Object call(Supplier<Object> s) {
        return s.get();
    }

    public void sleepInterrupted() throws InterruptedException {
        Thread.currentThread().interrupt();
        Thread.sleep(1000);
    }

    public void fail(String message) {
        throw new IllegalStateException(message);
    }

    public void failCustom(int code) {
        throw new HostFailure("failure " + code, code);
    }

    public Object classObject() {
        return String.class;
    }

    public Class<?> type() {
        return getClass();
    }

    public Thread thread() {
        return Thread.currentThread();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getSize() {
        return 42;
    }

    public List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    public Map<String, Object> map() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", null);
        return m;
    }

    public Set<String> set(String... items) {
        return new LinkedHashSet<>(Arrays.asList(items));
    }

    public int[] ints(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i * i;
        }
        return a;
    }

    public String[] strings() {
        return new String[] {"x", null, "z"};
    }

    public Iterable<Integer> upTo(int n) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Integer next() {
                return i++;
            }
        };
    }

    public Iterator<String> letters() {
        return List.of("a", "b", "c").iterator();
    }

    public Float smallFloat() {
        return 1.5f;
    }

    public Character letter() {
        return 'q';
    }

    public Short shortValue() {
        return (short) 7;
    }

    public Object nothing() {
        return null;
    }

    @Override
    public String toString() {
        return "Calculator(" + count + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calculator c && c.count == count;
    }

    @Override
    public int hashCode() {
        return count;
    }
}
