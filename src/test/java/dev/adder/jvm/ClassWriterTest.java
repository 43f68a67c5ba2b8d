package dev.adder.jvm;

import static dev.adder.jvm.Opcodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Each test writes a class, defines it as a hidden class (so the JVM verifies it) and runs it. */
class ClassWriterTest {
    private static final String OBJECT = "java/lang/Object";

    private static MethodHandles.Lookup define(ClassWriter cw) throws Exception {
        return MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
    }

    private static ClassWriter newClass(String... interfaces) {
        return new ClassWriter(ACC_PUBLIC | ACC_FINAL | ACC_SUPER, "dev/adder/jvm/Gen", OBJECT, interfaces);
    }

    private static MethodHandle staticMethod(ClassWriter cw, String name, MethodType type) throws Exception {
        MethodHandles.Lookup l = define(cw);
        return l.findStatic(l.lookupClass(), name, type);
    }

    /** Writes the default constructor: super(). */
    private static void constructor(ClassWriter cw) {
        CodeWriter c = cw.method(ACC_PUBLIC, "<init>", "()V");
        c.insn(ALOAD_0);
        c.methodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        c.insn(RETURN);
        c.finish();
    }

    @Test
    void sumLoopWithIincAndCompareJump() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "sum", "(I)I");
        Label loop = c.newLabel();
        Label done = c.newLabel();
        c.pushInt(0);
        c.varInsn(ISTORE, 1);
        c.pushInt(1);
        c.varInsn(ISTORE, 2);
        c.mark(loop);
        c.varInsn(ILOAD, 2);
        c.varInsn(ILOAD, 0);
        c.jump(IF_ICMPGT, done);
        c.varInsn(ILOAD, 1);
        c.varInsn(ILOAD, 2);
        c.insn(IADD);
        c.varInsn(ISTORE, 1);
        c.iinc(2, 1);
        c.jump(GOTO, loop);
        c.mark(done);
        c.varInsn(ILOAD, 1);
        c.insn(IRETURN);
        c.finish();
        assertEquals(2, c.maxStack());
        assertEquals(3, c.maxLocals());
        MethodHandle sum = staticMethod(cw, "sum", MethodType.methodType(int.class, int.class));
        assertEquals(5050, (int) sum.invokeExact(100));
        assertEquals(0, (int) sum.invokeExact(0));
    }

    @Test
    void tableSwitchAndLookupSwitch() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "table", "(I)I");
        Label dflt = c.newLabel();
        Label[] cases = {c.newLabel(), c.newLabel(), c.newLabel()};
        c.varInsn(ILOAD, 0);
        c.tableSwitch(1, 3, dflt, cases);
        for (int i = 0; i < 3; i++) {
            c.mark(cases[i]);
            c.pushInt(10 * (i + 1));
            c.insn(IRETURN);
        }
        c.mark(dflt);
        c.pushInt(-1);
        c.insn(IRETURN);
        c.finish();

        CodeWriter d = cw.method(ACC_PUBLIC | ACC_STATIC, "lookup", "(I)Ljava/lang/String;");
        Label other = d.newLabel();
        Label end = d.newLabel();
        int[] keys = {1000, -5, 42, Integer.MIN_VALUE};
        Label[] targets = {d.newLabel(), d.newLabel(), d.newLabel(), d.newLabel()};
        d.varInsn(ILOAD, 0);
        d.lookupSwitch(other, keys, targets);
        for (int i = 0; i < keys.length; i++) {
            d.mark(targets[i]);
            d.ldc("k" + keys[i]);
            d.jump(GOTO, end);
        }
        d.mark(other);
        d.ldc("other");
        d.mark(end);
        d.insn(ARETURN);
        d.finish();
        assertEquals(1, d.maxStack());

        MethodHandles.Lookup l = define(cw);
        MethodHandle table = l.findStatic(l.lookupClass(), "table", MethodType.methodType(int.class, int.class));
        assertEquals(-1, (int) table.invokeExact(0));
        assertEquals(10, (int) table.invokeExact(1));
        assertEquals(20, (int) table.invokeExact(2));
        assertEquals(30, (int) table.invokeExact(3));
        assertEquals(-1, (int) table.invokeExact(4));
        MethodHandle lookup = l.findStatic(l.lookupClass(), "lookup", MethodType.methodType(String.class, int.class));
        for (int k : keys) {
            assertEquals("k" + k, (String) lookup.invokeExact(k));
        }
        assertEquals("other", (String) lookup.invokeExact(7));
        assertEquals("other", (String) lookup.invokeExact(Integer.MAX_VALUE));
    }

    @Test
    void duplicateLookupKeysAreRejected() {
        CodeWriter c = newClass().method(ACC_STATIC, "f", "(I)V");
        Label a = c.newLabel();
        c.varInsn(ILOAD, 0);
        assertThrows(IllegalArgumentException.class, () -> c.lookupSwitch(a, new int[] {3, 3}, new Label[] {a, a}));
    }

    @Test
    void tryCatchOfTypeAndCatchAll() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "parse", "(Ljava/lang/String;)I");
        Label start = c.newLabel();
        Label end = c.newLabel();
        Label handler = c.newLabel();
        c.mark(start);
        c.varInsn(ALOAD, 0);
        c.methodInsn(INVOKESTATIC, "java/lang/Integer", "parseInt", "(Ljava/lang/String;)I", false);
        c.mark(end);
        c.insn(IRETURN);
        c.mark(handler);
        c.insn(POP);
        c.pushInt(-1);
        c.insn(IRETURN);
        c.tryCatch(start, end, handler, "java/lang/NumberFormatException");
        c.finish();

        CodeWriter d = cw.method(ACC_PUBLIC | ACC_STATIC, "show", "(Ljava/lang/Object;)Ljava/lang/String;");
        Label s = d.newLabel();
        Label e = d.newLabel();
        Label h = d.newLabel();
        d.tryCatch(s, e, h, null);
        d.mark(s);
        d.varInsn(ALOAD, 0);
        d.methodInsn(INVOKEVIRTUAL, OBJECT, "toString", "()Ljava/lang/String;", false);
        d.insn(ARETURN);
        d.mark(e);
        d.mark(h);
        d.methodInsn(INVOKEVIRTUAL, OBJECT, "getClass", "()Ljava/lang/Class;", false);
        d.methodInsn(INVOKEVIRTUAL, "java/lang/Class", "getSimpleName", "()Ljava/lang/String;", false);
        d.insn(ARETURN);
        d.finish();
        assertEquals(1, d.maxStack());

        MethodHandles.Lookup l = define(cw);
        MethodHandle parse = l.findStatic(l.lookupClass(), "parse", MethodType.methodType(int.class, String.class));
        assertEquals(123, (int) parse.invokeExact("123"));
        assertEquals(-1, (int) parse.invokeExact("x"));
        MethodHandle show = l.findStatic(l.lookupClass(), "show",
                MethodType.methodType(String.class, Object.class));
        assertEquals("[1, 2]", (String) show.invokeExact((Object) java.util.List.of(1, 2)));
        assertEquals("NullPointerException", (String) show.invokeExact((Object) null));
    }

    @Test
    void newDupInvokespecialAthrow() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "boom", "(Ljava/lang/String;)V");
        c.typeInsn(NEW, "java/lang/IllegalStateException");
        c.insn(DUP);
        c.varInsn(ALOAD, 0);
        c.methodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
        c.insn(ATHROW);
        c.finish();
        assertEquals(3, c.maxStack());
        MethodHandle boom = staticMethod(cw, "boom", MethodType.methodType(void.class, String.class));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> boom.invoke("bang"));
        assertEquals("bang", e.getMessage());
    }

    @Test
    void finalFieldSetInConstructorAndReadByInstanceMethod() throws Throwable {
        ClassWriter cw = newClass();
        cw.field(ACC_PRIVATE | ACC_FINAL, "v", "I");
        cw.field(ACC_PRIVATE | ACC_FINAL, "w", "J");
        CodeWriter init = cw.method(ACC_PUBLIC, "<init>", "(IJ)V");
        init.insn(ALOAD_0);
        init.methodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        init.insn(ALOAD_0);
        init.varInsn(ILOAD, 1);
        init.fieldInsn(PUTFIELD, "dev/adder/jvm/Gen", "v", "I");
        init.insn(ALOAD_0);
        init.varInsn(LLOAD, 2);
        init.fieldInsn(PUTFIELD, "dev/adder/jvm/Gen", "w", "J");
        init.insn(RETURN);
        init.finish();
        assertEquals(3, init.maxStack());
        assertEquals(4, init.maxLocals());
        CodeWriter get = cw.method(ACC_PUBLIC, "get", "()J");
        get.insn(ALOAD_0);
        get.fieldInsn(GETFIELD, "dev/adder/jvm/Gen", "v", "I");
        get.insn(I2L);
        get.insn(ALOAD_0);
        get.fieldInsn(GETFIELD, "dev/adder/jvm/Gen", "w", "J");
        get.insn(LADD);
        get.insn(LRETURN);
        get.finish();
        assertEquals(4, get.maxStack());
        assertEquals(1, get.maxLocals());

        MethodHandles.Lookup l = define(cw);
        Object o = l.findConstructor(l.lookupClass(), MethodType.methodType(void.class, int.class, long.class))
                .invoke(5, 1L << 40);
        MethodHandle m = l.findVirtual(l.lookupClass(), "get", MethodType.methodType(long.class));
        assertEquals(5 + (1L << 40), (long) m.invoke(o));
    }

    @Test
    void implementsInterfaceAndCallsThroughIt() throws Throwable {
        ClassWriter cw = newClass("java/util/function/IntUnaryOperator");
        constructor(cw);
        CodeWriter c = cw.method(ACC_PUBLIC, "applyAsInt", "(I)I");
        c.varInsn(ILOAD, 1);
        c.insn(DUP);
        c.insn(IMUL);
        c.insn(IRETURN);
        c.finish();
        CodeWriter call = cw.method(ACC_PUBLIC | ACC_STATIC, "twice", "(Ljava/util/function/IntUnaryOperator;I)I");
        call.varInsn(ALOAD, 0);
        call.varInsn(ALOAD, 0);
        call.varInsn(ILOAD, 1);
        call.methodInsn(INVOKEINTERFACE, "java/util/function/IntUnaryOperator", "applyAsInt", "(I)I", true);
        call.methodInsn(INVOKEINTERFACE, "java/util/function/IntUnaryOperator", "applyAsInt", "(I)I", true);
        call.insn(IRETURN);
        call.finish();
        assertEquals(3, call.maxStack());

        MethodHandles.Lookup l = define(cw);
        IntUnaryOperator square = (IntUnaryOperator) l.findConstructor(l.lookupClass(),
                MethodType.methodType(void.class)).invoke();
        assertEquals(49, square.applyAsInt(7));
        MethodHandle twice = l.findStatic(l.lookupClass(), "twice",
                MethodType.methodType(int.class, IntUnaryOperator.class, int.class));
        assertEquals(81, (int) twice.invokeExact((IntUnaryOperator) square, 3));
        assertEquals(10001, (int) twice.invokeExact((IntUnaryOperator) x -> x + 5000, 1));
    }

    @Test
    void wideSlotsAndWideIinc() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "f", "(I)J");
        c.varInsn(ILOAD, 0);
        c.varInsn(ISTORE, 300);
        c.iinc(300, 1000);
        c.iinc(300, -1);
        c.varInsn(ILOAD, 300);
        c.insn(I2L);
        c.ldc(10_000_000_000L);
        c.insn(LADD);
        c.varInsn(LSTORE, 301);
        c.varInsn(LLOAD, 301);
        c.insn(LRETURN);
        c.finish();
        assertEquals(303, c.maxLocals());
        assertEquals(4, c.maxStack());
        MethodHandle f = staticMethod(cw, "f", MethodType.methodType(long.class, int.class));
        assertEquals(10_000_001_001L, (long) f.invokeExact(2));
    }

    @Test
    void constants() throws Throwable {
        ClassWriter cw = newClass();
        cw.sourceFile("gen.py");
        CodeWriter d = cw.method(ACC_PUBLIC | ACC_STATIC, "d", "()D");
        d.ldc(2.5);
        d.ldc(4.0);
        d.insn(DMUL);
        d.ldc(0.5f);
        d.insn(F2D);
        d.insn(DADD);
        d.insn(DRETURN);
        d.finish();
        assertEquals(4, d.maxStack());
        String text = "h\u00e9llo\u0000 \u2713 \ud83d\ude00";
        CodeWriter s = cw.method(ACC_PUBLIC | ACC_STATIC, "s", "()Ljava/lang/String;");
        s.ldc(text);
        s.insn(ARETURN);
        s.finish();
        int[] values = {-1, 0, 5, 6, -128, 127, 128, -129, 32767, -32768, 32768, Integer.MIN_VALUE, Integer.MAX_VALUE};
        CodeWriter i = cw.method(ACC_PUBLIC | ACC_STATIC, "ints", "()[I");
        i.pushInt(values.length);
        i.intInsn(NEWARRAY, T_INT);
        for (int k = 0; k < values.length; k++) {
            i.insn(DUP);
            i.pushInt(k);
            i.pushInt(values[k]);
            i.insn(IASTORE);
        }
        i.insn(ARETURN);
        i.finish();
        assertEquals(4, i.maxStack());
        // Over 256 pool entries: the later strings need LDC_W.
        CodeWriter many = cw.method(ACC_PUBLIC | ACC_STATIC, "many", "()Ljava/lang/String;");
        many.ldc("");
        for (int k = 0; k < 300; k++) {
            many.ldc("s" + k);
            many.methodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;",
                    false);
        }
        many.ldcClass("java/util/List");
        many.methodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
        many.methodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
        many.insn(ARETURN);
        many.finish();

        MethodHandles.Lookup l = define(cw);
        Class<?> k = l.lookupClass();
        assertEquals(10.5, (double) l.findStatic(k, "d", MethodType.methodType(double.class)).invokeExact());
        assertEquals(text, (String) l.findStatic(k, "s", MethodType.methodType(String.class)).invokeExact());
        assertEquals(java.util.Arrays.toString(values), java.util.Arrays.toString(
                (int[]) l.findStatic(k, "ints", MethodType.methodType(int[].class)).invokeExact()));
        StringBuilder expected = new StringBuilder();
        for (int n = 0; n < 300; n++) {
            expected.append('s').append(n);
        }
        expected.append("java.util.List");
        assertEquals(expected.toString(),
                (String) l.findStatic(k, "many", MethodType.methodType(String.class)).invokeExact());
    }

    @Test
    void stackShufflesAndArrays() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "f", "(II)I");
        c.varInsn(ILOAD, 0);
        c.varInsn(ILOAD, 1);
        c.insn(SWAP);
        c.insn(ISUB); // b - a
        c.varInsn(ILOAD, 0);
        c.insn(DUP_X1); // a, (b - a), a
        c.insn(IMUL);
        c.insn(IADD); // a + (b - a) * a
        c.insn(ICONST_2);
        c.insn(ICONST_3);
        c.multiANewArray("[[I", 2);
        c.insn(ICONST_1);
        c.insn(AALOAD);
        c.insn(ARRAYLENGTH); // 3
        c.insn(IADD);
        c.insn(IRETURN);
        c.finish();
        assertEquals(3, c.maxStack());
        MethodHandle f = staticMethod(cw, "f", MethodType.methodType(int.class, int.class, int.class));
        assertEquals(5 + (7 - 5) * 5 + 3, (int) f.invokeExact(5, 7));
    }

    @Test
    void abstractMethodsHaveNoCode() throws Exception {
        ClassWriter cw = new ClassWriter(ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, "dev/adder/jvm/GenI", OBJECT);
        cw.method(ACC_PUBLIC | ACC_ABSTRACT, "m", "(Ljava/lang/String;)I");
        Class<?> k = define(cw).lookupClass();
        assertTrue(k.isInterface());
        assertEquals(1, k.getDeclaredMethods().length);
    }

    @Test
    void tooLongStringConstantFailsAndLeavesThePoolUsable() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "s", "()Ljava/lang/String;");
        assertThrows(IllegalStateException.class, () -> c.ldc("\u00e9".repeat(40_000))); // 80,000 bytes
        c.ldc("a".repeat(65_535)); // the longest that fits
        c.insn(ARETURN);
        c.finish();
        assertEquals(65_535, ((String) staticMethod(cw, "s", MethodType.methodType(String.class)).invokeExact())
                .length());
    }

    @Test
    void invertedExceptionRangeFails() {
        CodeWriter c = newClass().method(ACC_STATIC, "f", "()V");
        Label a = c.newLabel();
        Label b = c.newLabel();
        c.mark(a);
        c.insn(NOP);
        c.mark(b);
        c.insn(RETURN);
        c.tryCatch(b, a, b, null);
        assertThrows(IllegalStateException.class, c::finish);
    }

    @Test
    void unboundLabelFails() {
        CodeWriter c = newClass().method(ACC_STATIC, "f", "()V");
        Label nowhere = c.newLabel();
        c.jump(GOTO, nowhere);
        IllegalStateException e = assertThrows(IllegalStateException.class, c::finish);
        assertTrue(e.getMessage().contains("unbound"), e.getMessage());
    }

    @Test
    void unfinishedMethodFailsToByteArray() {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_STATIC, "f", "()V");
        c.insn(RETURN);
        assertThrows(IllegalStateException.class, cw::toByteArray);
    }

    @Test
    void tooFarConditionalBranchFailsButGotoWWorks() throws Throwable {
        CodeWriter c = newClass().method(ACC_STATIC, "f", "(I)V");
        Label far = c.newLabel();
        c.varInsn(ILOAD, 0);
        c.jump(IFEQ, far);
        for (int i = 0; i < 40_000; i++) {
            c.insn(NOP);
        }
        c.mark(far);
        c.insn(RETURN);
        IllegalStateException e = assertThrows(IllegalStateException.class, c::finish);
        assertTrue(e.getMessage().contains("16 bits"), e.getMessage());

        ClassWriter cw = newClass();
        CodeWriter w = cw.method(ACC_PUBLIC | ACC_STATIC, "f", "(I)I");
        Label skip = w.newLabel();
        Label target = w.newLabel();
        w.varInsn(ILOAD, 0);
        w.jump(IFNE, skip);
        w.jump(GOTO_W, target);
        w.mark(skip);
        for (int i = 0; i < 40_000; i++) {
            w.insn(NOP);
        }
        w.pushInt(1);
        w.insn(IRETURN);
        w.mark(target);
        w.pushInt(2);
        w.insn(IRETURN);
        w.finish();
        MethodHandle f = staticMethod(cw, "f", MethodType.methodType(int.class, int.class));
        assertEquals(2, (int) f.invokeExact(0));
        assertEquals(1, (int) f.invokeExact(9));
    }

    @Test
    void codeOver64KFails() {
        CodeWriter c = newClass().method(ACC_STATIC, "f", "()V");
        for (int i = 0; i < 65_535; i++) {
            c.insn(NOP);
        }
        c.insn(RETURN);
        assertEquals(65_536, c.size());
        assertThrows(IllegalStateException.class, c::finish);
    }

    @Test
    void callerBugsFoundByTheStackPass() {
        CodeWriter mismatch = newClass().method(ACC_STATIC, "f", "(I)I");
        Label join = mismatch.newLabel();
        mismatch.varInsn(ILOAD, 0);
        mismatch.jump(IFEQ, join);
        mismatch.pushInt(1);
        mismatch.mark(join); // reached with 0 by the jump and 1 by fall-through
        mismatch.pushInt(0);
        mismatch.insn(IRETURN);
        assertTrue(assertThrows(IllegalStateException.class, mismatch::finish).getMessage().contains("depths"));

        CodeWriter underflow = newClass().method(ACC_STATIC, "g", "()V");
        underflow.insn(POP);
        underflow.insn(RETURN);
        assertTrue(assertThrows(IllegalStateException.class, underflow::finish).getMessage().contains("underflow"));

        CodeWriter fallsOff = newClass().method(ACC_STATIC, "h", "()V");
        fallsOff.insn(NOP);
        assertTrue(assertThrows(IllegalStateException.class, fallsOff::finish).getMessage().contains("falls off"));

        CodeWriter misuse = newClass().method(ACC_STATIC, "i", "()V");
        assertThrows(IllegalArgumentException.class, () -> misuse.insn(BIPUSH));
        assertThrows(IllegalArgumentException.class, () -> misuse.jump(JSR, misuse.newLabel()));
        assertThrows(IllegalArgumentException.class, () -> misuse.varInsn(IADD, 1));
    }

    @Test
    void maxStackIsExactAndWrittenToTheClassFile() throws Throwable {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "f", "(II)I");
        c.varInsn(ILOAD, 0); // a * b + a: two slots at most
        c.varInsn(ILOAD, 1);
        c.insn(IMUL);
        c.varInsn(ILOAD, 0);
        c.insn(IADD);
        c.insn(IRETURN);
        c.finish();
        assertEquals(2, c.maxStack());
        assertEquals(2, c.maxLocals());
        byte[] bytes = cw.toByteArray();
        // The code array is the last 6 + 2 (exception table) + 2 (attributes) + 2 (class attributes) bytes;
        // max_stack and max_locals precede code_length (4 bytes).
        int codeStart = bytes.length - 2 - 2 - 2 - 6;
        assertEquals(6, readU4(bytes, codeStart - 4));
        assertEquals(2, readU2(bytes, codeStart - 8));
        assertEquals(2, readU2(bytes, codeStart - 6));
        MethodHandle f = staticMethod(cw, "f", MethodType.methodType(int.class, int.class, int.class));
        assertEquals(15, (int) f.invokeExact(3, 4));
    }

    private static int readU2(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int readU4(byte[] b, int at) {
        return readU2(b, at) << 16 | readU2(b, at + 2);
    }

    /** Writes a class with about 5,000 instructions (a chain of adds and branches) and times it. */
    @Test
    void fiveThousandInstructionsAreQuick() throws Throwable {
        byte[] bytes = null;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 200; round++) {
            long t0 = System.nanoTime();
            bytes = bigClass();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.println("ClassWriterTest: ~5,000 instructions in " + best / 1000 + " us (best of 200)");
        assertTrue(best < 20_000_000L, "took " + best + " ns");
        MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(bytes, true);
        MethodHandle f = l.findStatic(l.lookupClass(), "f", MethodType.methodType(int.class, int.class));
        int expected = 0;
        for (int k = 0; k < 1000; k++) { // mirrors bigClass: the jump is taken for k == 0 and odd k
            boolean jumps = k % 2 == 0 ? k == 0 : k != 0;
            expected += jumps ? k : 1;
        }
        assertEquals(expected, (int) f.invokeExact(0));
    }

    private static byte[] bigClass() {
        ClassWriter cw = newClass();
        CodeWriter c = cw.method(ACC_PUBLIC | ACC_STATIC, "f", "(I)I");
        for (int k = 0; k < 1000; k++) { // 5 instructions per round
            Label odd = c.newLabel();
            Label next = c.newLabel();
            c.pushInt(k);
            c.jump(k % 2 == 0 ? IFEQ : IFNE, odd);
            c.iinc(0, 1);
            c.jump(GOTO, next);
            c.mark(odd);
            c.iinc(0, k);
            c.mark(next);
        }
        c.varInsn(ILOAD, 0);
        c.insn(IRETURN);
        c.finish();
        return cw.toByteArray();
    }
}
