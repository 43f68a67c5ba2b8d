package dev.adder.jvm;

import static dev.adder.jvm.Opcodes.*;

import java.util.Arrays;

/**
 * Writes one method's code (its Code attribute) for a {@link ClassWriter}: instructions, labels,
 * switches and the exception table. {@link #finish()} patches the jumps and computes max_stack and
 * max_locals itself, so callers never count stack slots.
 *
 * <p>Jumps use 16-bit offsets (GOTO_W is available explicitly); a jump that does not fit, an unbound
 * label, or code of more than 65,535 bytes make {@code finish()} throw {@link IllegalStateException},
 * the signal to keep the function interpreted. Misuse of the API (an opcode the method does not
 * take, a slot out of range) throws {@link IllegalArgumentException}. JSR is not supported.
 */
public final class CodeWriter {
    // What follows an instruction, for the max_stack pass.
    private static final byte NEXT = MaxStack.NEXT;
    private static final byte BRANCH = MaxStack.BRANCH;
    private static final byte GOTO_ONLY = MaxStack.GOTO_ONLY;
    private static final byte SWITCH = MaxStack.SWITCH;
    private static final byte END = MaxStack.END;

    private final ConstantPool pool;
    private final String methodName;
    final Bytes code = new Bytes(256);

    // One entry per instruction: start offset, stack change, successor kind, jump target(s).
    private int[] starts = new int[64];
    private int[] deltas = new int[64];
    private byte[] kinds = new byte[64];
    private Object[] targets = new Object[64];
    private int insnCount;

    // Jump offsets to patch: offset-field position, instruction start, label, 2 or 4 bytes.
    private int[] fixPos = new int[16];
    private int[] fixBase = new int[16];
    private byte[] fixSize = new byte[16];
    private Label[] fixLabel = new Label[16];
    private int fixCount;

    // Exception table: start, end, handler labels and catch-type pool index (0 = any).
    private Label[] handlerLabels = new Label[0];
    private int[] handlerTypes = new int[0];
    private int handlerCount;

    private int maxLocals;
    private int maxStack;
    private boolean finished;

    CodeWriter(ConstantPool pool, String methodName, int parameterSlots) {
        this.pool = pool;
        this.methodName = methodName;
        this.maxLocals = parameterSlots;
    }

    /** A new unbound label of this method. */
    public Label newLabel() {
        return new Label(this);
    }

    /**
     * Binds {@code l} to the current position (the next instruction written).
     *
     * @throws IllegalStateException if the label is already bound
     */
    public void mark(Label l) {
        own(l);
        checkOpen();
        if (l.position >= 0) {
            throw new IllegalStateException("label bound twice in " + methodName);
        }
        l.position = code.length;
        l.insn = insnCount;
    }

    /** An instruction without operands (including the ALOAD_0 style short forms, DUP, AALOAD, ARETURN...). */
    public void insn(int opcode) {
        if (!StackEffects.hasNoOperands(opcode)) {
            throw new IllegalArgumentException("opcode " + opcode + " has operands or is not supported by insn()");
        }
        byte kind = (opcode >= IRETURN && opcode <= RETURN) || opcode == ATHROW ? END : NEXT;
        begin(StackEffects.delta(opcode), kind, null);
        code.u1(opcode);
        if (opcode >= ILOAD_0 && opcode <= ALOAD_3) {
            shortFormLocal(opcode - ILOAD_0);
        } else if (opcode >= ISTORE_0 && opcode <= ASTORE_3) {
            shortFormLocal(opcode - ISTORE_0);
        }
    }

    private void shortFormLocal(int index) {
        int type = index >> 2; // I, L, F, D, A
        useLocal(index & 3, type == 1 || type == 3 ? 2 : 1);
    }

    /**
     * A local-variable instruction (ILOAD..ALOAD, ISTORE..ASTORE, RET): uses the one-byte short forms
     * for slots 0..3 and WIDE for slots above 255.
     */
    public void varInsn(int opcode, int slot) {
        boolean load = opcode >= ILOAD && opcode <= ALOAD;
        boolean store = opcode >= ISTORE && opcode <= ASTORE;
        if (!load && !store && opcode != RET) {
            throw new IllegalArgumentException("not a local-variable opcode: " + opcode);
        }
        if (slot < 0 || slot > 0xFFFF) {
            throw new IllegalArgumentException("local slot out of range: " + slot);
        }
        int type = load ? opcode - ILOAD : store ? opcode - ISTORE : 0;
        begin(StackEffects.delta(opcode), opcode == RET ? END : NEXT, null);
        if (slot <= 3 && opcode != RET) {
            code.u1((load ? ILOAD_0 : ISTORE_0) + type * 4 + slot);
        } else if (slot <= 0xFF) {
            code.u1u1(opcode, slot);
        } else {
            code.u1(WIDE);
            code.u1u2(opcode, slot);
        }
        useLocal(slot, type == 1 || type == 3 ? 2 : 1);
    }

    /** IINC of {@code slot} by {@code delta} (WIDE when the slot exceeds 255 or the delta a byte). */
    public void iinc(int slot, int delta) {
        if (slot < 0 || slot > 0xFFFF) {
            throw new IllegalArgumentException("local slot out of range: " + slot);
        }
        if (delta < Short.MIN_VALUE || delta > Short.MAX_VALUE) {
            throw new IllegalArgumentException("IINC delta out of range: " + delta);
        }
        begin(0, NEXT, null);
        if (slot <= 0xFF && delta >= Byte.MIN_VALUE && delta <= Byte.MAX_VALUE) {
            code.u1(IINC);
            code.u1u1(slot, delta);
        } else {
            code.u1(WIDE);
            code.u1u2(IINC, slot);
            code.u2(delta);
        }
        useLocal(slot, 1);
    }

    /** BIPUSH, SIPUSH (a signed operand) or NEWARRAY (an element type, {@code T_INT}...). */
    public void intInsn(int opcode, int operand) {
        if (opcode == BIPUSH && operand >= Byte.MIN_VALUE && operand <= Byte.MAX_VALUE
                || opcode == NEWARRAY && operand >= T_BOOLEAN && operand <= T_LONG) {
            begin(StackEffects.delta(opcode), NEXT, null);
            code.u1u1(opcode, operand);
        } else if (opcode == SIPUSH && operand >= Short.MIN_VALUE && operand <= Short.MAX_VALUE) {
            begin(1, NEXT, null);
            code.u1u2(opcode, operand);
        } else {
            throw new IllegalArgumentException("bad intInsn: opcode " + opcode + ", operand " + operand);
        }
    }

    /** Pushes an int with the shortest instruction: ICONST_M1..ICONST_5, BIPUSH, SIPUSH or LDC. */
    public void pushInt(int value) {
        if (value >= -1 && value <= 5) {
            insn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            intInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            intInsn(SIPUSH, value);
        } else {
            ldc(value);
        }
    }

    /**
     * Pushes a constant from the pool: a String, Integer or Float (LDC, or LDC_W past index 255), or a
     * Long or Double (LDC2_W).
     *
     * @throws IllegalStateException if a string's modified UTF-8 exceeds 65,535 bytes or the pool is full
     */
    public void ldc(Object constant) {
        int index;
        if (constant instanceof String s) {
            index = pool.string(s);
        } else if (constant instanceof Integer || constant instanceof Float) {
            index = pool.number(constant);
        } else if (constant instanceof Long || constant instanceof Double) {
            index = pool.number(constant);
            begin(2, NEXT, null);
            code.u1u2(LDC2_W, index);
            return;
        } else {
            throw new IllegalArgumentException("not an LDC constant: " + constant);
        }
        loadConstant(index);
    }

    /** Pushes a {@code java.lang.Class} constant (LDC of a Class entry, allowed from version 49). */
    public void ldcClass(String internalName) {
        loadConstant(pool.classRef(internalName));
    }

    private void loadConstant(int index) {
        begin(1, NEXT, null);
        if (index <= 0xFF) {
            code.u1u1(LDC, index);
        } else {
            code.u1u2(LDC_W, index);
        }
    }

    /** NEW, ANEWARRAY, CHECKCAST or INSTANCEOF of a class (arrays: their descriptor, "[Ljava/lang/Object;"). */
    public void typeInsn(int opcode, String internalName) {
        if (opcode != NEW && opcode != ANEWARRAY && opcode != CHECKCAST && opcode != INSTANCEOF) {
            throw new IllegalArgumentException("not a type opcode: " + opcode);
        }
        int index = pool.classRef(internalName);
        begin(StackEffects.delta(opcode), NEXT, null);
        code.u1u2(opcode, index);
    }

    /** MULTIANEWARRAY of an array descriptor with {@code dimensions} counts on the stack. */
    public void multiANewArray(String descriptor, int dimensions) {
        if (dimensions < 1 || dimensions > 255) {
            throw new IllegalArgumentException("bad dimensions: " + dimensions);
        }
        int index = pool.classRef(descriptor);
        begin(1 - dimensions, NEXT, null);
        code.u1u2(MULTIANEWARRAY, index);
        code.u1(dimensions);
    }

    /** GETSTATIC, PUTSTATIC, GETFIELD or PUTFIELD. */
    public void fieldInsn(int opcode, String owner, String name, String descriptor) {
        int size = StackEffects.fieldSize(descriptor);
        int delta = switch (opcode) {
            case GETSTATIC -> size;
            case PUTSTATIC -> -size;
            case GETFIELD -> size - 1;
            case PUTFIELD -> -size - 1;
            default -> throw new IllegalArgumentException("not a field opcode: " + opcode);
        };
        int index = pool.member(ConstantPool.FIELDREF, owner, name, descriptor);
        begin(delta, NEXT, null);
        code.u1u2(opcode, index);
    }

    /**
     * INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC or INVOKEINTERFACE; {@code isInterface} picks an
     * InterfaceMethodref (note: INVOKESTATIC/INVOKESPECIAL of interface methods need class version 52).
     */
    public void methodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode < INVOKEVIRTUAL || opcode > INVOKEINTERFACE) {
            throw new IllegalArgumentException("not an invoke opcode: " + opcode);
        }
        int args = StackEffects.argumentsSize(descriptor);
        int delta = StackEffects.returnSize(descriptor) - args - (opcode == INVOKESTATIC ? 0 : 1);
        int index = pool.member(isInterface || opcode == INVOKEINTERFACE
                ? ConstantPool.INTERFACE_METHODREF : ConstantPool.METHODREF, owner, name, descriptor);
        begin(delta, NEXT, null);
        code.u1u2(opcode, index);
        if (opcode == INVOKEINTERFACE) {
            code.u1u1(args + 1, 0);
        }
    }

    /**
     * A jump: GOTO, GOTO_W, IFEQ..IFLE, IF_ICMPxx, IF_ACMPxx, IFNULL or IFNONNULL. All but GOTO_W have
     * a 16-bit offset, checked by {@link #finish()}.
     */
    public void jump(int opcode, Label target) {
        own(target);
        boolean conditional = opcode >= IFEQ && opcode <= IF_ACMPNE || opcode == IFNULL || opcode == IFNONNULL;
        if (!conditional && opcode != GOTO && opcode != GOTO_W) {
            throw new IllegalArgumentException("not a jump opcode (JSR is not supported): " + opcode);
        }
        int base = code.length;
        begin(StackEffects.delta(opcode), conditional ? BRANCH : GOTO_ONLY, target);
        code.u1(opcode);
        if (opcode == GOTO_W) {
            fixup(base, target, 4);
            code.u4(0);
        } else {
            fixup(base, target, 2);
            code.u2(0);
        }
    }

    /** TABLESWITCH over {@code low..high}: {@code targets[i]} is the target of {@code low + i}. */
    public void tableSwitch(int low, int high, Label dflt, Label... targets) {
        if (high < low || (long) high - low + 1 != targets.length) {
            throw new IllegalArgumentException("tableSwitch " + low + ".." + high + " needs "
                    + ((long) high - low + 1) + " targets, got " + targets.length);
        }
        Label[] all = new Label[targets.length + 1];
        all[0] = dflt;
        System.arraycopy(targets, 0, all, 1, targets.length);
        for (Label l : all) {
            own(l);
        }
        int base = code.length;
        begin(-1, SWITCH, all);
        code.u1(TABLESWITCH);
        pad();
        fixup(base, dflt, 4);
        code.u4(0);
        code.u4(low);
        code.u4(high);
        for (Label l : targets) {
            fixup(base, l, 4);
            code.u4(0);
        }
    }

    /** LOOKUPSWITCH: {@code keys[i]} jumps to {@code targets[i]}; keys may come in any order, not twice. */
    public void lookupSwitch(Label dflt, int[] keys, Label[] targets) {
        if (keys.length != targets.length) {
            throw new IllegalArgumentException("lookupSwitch: " + keys.length + " keys, " + targets.length + " targets");
        }
        int n = keys.length;
        long[] sorted = new long[n]; // key in the high half (signed order), index in the low half
        for (int i = 0; i < n; i++) {
            sorted[i] = ((long) keys[i] << 32) | i;
        }
        Arrays.sort(sorted);
        Label[] all = new Label[n + 1];
        all[0] = dflt;
        own(dflt);
        for (int i = 0; i < n; i++) {
            if (i > 0 && (int) (sorted[i] >> 32) == (int) (sorted[i - 1] >> 32)) {
                throw new IllegalArgumentException("lookupSwitch: duplicate key " + (int) (sorted[i] >> 32));
            }
            all[i + 1] = targets[(int) sorted[i]];
            own(all[i + 1]);
        }
        int base = code.length;
        begin(-1, SWITCH, all);
        code.u1(LOOKUPSWITCH);
        pad();
        fixup(base, dflt, 4);
        code.u4(0);
        code.u4(n);
        for (int i = 0; i < n; i++) {
            code.u4((int) (sorted[i] >> 32));
            fixup(base, all[i + 1], 4);
            code.u4(0);
        }
    }

    /** Zero bytes up to a multiple of four (switch operands are aligned to the code start). */
    private void pad() {
        while ((code.length & 3) != 0) {
            code.u1(0);
        }
    }

    /**
     * An exception-table entry: exceptions of {@code exceptionInternalNameOrNull} (null: any) thrown in
     * [start, end) go to {@code handler}, entered with the exception alone on the stack. Entries are
     * searched in the order added.
     */
    public void tryCatch(Label start, Label end, Label handler, String exceptionInternalNameOrNull) {
        own(start);
        own(end);
        own(handler);
        checkOpen();
        int type = exceptionInternalNameOrNull == null ? 0 : pool.classRef(exceptionInternalNameOrNull);
        if (handlerCount == handlerTypes.length) {
            int cap = Math.max(4, handlerCount * 2);
            handlerTypes = Arrays.copyOf(handlerTypes, cap);
            handlerLabels = Arrays.copyOf(handlerLabels, cap * 3);
        }
        handlerLabels[handlerCount * 3] = start;
        handlerLabels[handlerCount * 3 + 1] = end;
        handlerLabels[handlerCount * 3 + 2] = handler;
        handlerTypes[handlerCount++] = type;
    }

    /** The size of the code so far, in bytes. */
    public int size() {
        return code.length;
    }

    /** max_stack, valid after {@link #finish()}. */
    public int maxStack() {
        return maxStack;
    }

    /** max_locals (highest slot used + 1, at least the parameters' slots), valid after {@link #finish()}. */
    public int maxLocals() {
        return maxLocals;
    }

    /** True once {@link #finish()} has completed. */
    public boolean isFinished() {
        return finished;
    }

    /**
     * Ends the method: patches the jumps and computes max_stack by following every path from the entry
     * and from each exception handler (entered at depth 1). Calling it again does nothing.
     *
     * @throws IllegalStateException on an unbound label, a 16-bit jump offset that does not fit, code
     *         over 65,535 bytes, an empty or inverted exception range, and on caller bugs the pass finds:
     *         two paths reaching one instruction with different stack depths, a stack underflow, or
     *         execution falling off the end of the code
     */
    public void finish() {
        if (finished) {
            return;
        }
        int length = code.length;
        if (length == 0) {
            throw new IllegalStateException("method " + methodName + " has no code");
        }
        if (length > 0xFFFF) {
            throw new IllegalStateException("method " + methodName + " has " + length + " bytes of code (max 65,535)");
        }
        for (int i = 0; i < fixCount; i++) {
            Label l = fixLabel[i];
            if (l.position < 0) {
                throw new IllegalStateException("unbound label in " + methodName);
            }
            int offset = l.position - fixBase[i];
            if (fixSize[i] == 2) {
                if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
                    throw new IllegalStateException("jump offset " + offset + " exceeds 16 bits in " + methodName);
                }
                code.set2(fixPos[i], offset);
            } else {
                code.set4(fixPos[i], offset);
            }
        }
        for (int h = 0; h < handlerCount; h++) {
            Label start = handlerLabels[h * 3];
            Label end = handlerLabels[h * 3 + 1];
            Label handler = handlerLabels[h * 3 + 2];
            if (start.position < 0 || end.position < 0 || handler.position < 0) {
                throw new IllegalStateException("unbound exception-table label in " + methodName);
            }
            if (start.position >= end.position) {
                throw new IllegalStateException("empty exception range in " + methodName);
            }
        }
        int[] handlerEntries = new int[handlerCount];
        for (int h = 0; h < handlerCount; h++) {
            handlerEntries[h] = handlerLabels[h * 3 + 2].insn;
        }
        maxStack = MaxStack.compute(insnCount, starts, deltas, kinds, targets, handlerEntries, methodName);
        finished = true;
    }

    /** Appends the Code attribute (name index, length, body) to {@code out}. */
    void writeAttribute(Bytes out, int codeName) {
        if (!finished) {
            throw new IllegalStateException("method " + methodName + " was not finished");
        }
        out.u2(codeName);
        out.u4(2 + 2 + 4 + code.length + 2 + 8 * handlerCount + 2);
        out.u2(maxStack);
        out.u2(maxLocals);
        out.u4(code.length);
        out.bytes(code);
        out.u2(handlerCount);
        for (int h = 0; h < handlerCount; h++) {
            out.u2(handlerLabels[h * 3].position);
            out.u2(handlerLabels[h * 3 + 1].position);
            out.u2(handlerLabels[h * 3 + 2].position);
            out.u2(handlerTypes[h]);
        }
        out.u2(0);
    }

    private void own(Label l) {
        if (l == null || l.owner != this) {
            throw new IllegalArgumentException(l == null ? "null label" : "label of another method");
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("method " + methodName + " is already finished");
        }
    }

    private void useLocal(int slot, int size) {
        if (slot + size > maxLocals) {
            maxLocals = slot + size;
        }
    }

    /** Records the instruction about to be written at the current position. */
    private void begin(int delta, byte kind, Object target) {
        checkOpen();
        int i = insnCount;
        if (i == starts.length) {
            int cap = i * 2;
            starts = Arrays.copyOf(starts, cap);
            deltas = Arrays.copyOf(deltas, cap);
            kinds = Arrays.copyOf(kinds, cap);
            targets = Arrays.copyOf(targets, cap);
        }
        starts[i] = code.length;
        deltas[i] = delta;
        kinds[i] = kind;
        targets[i] = target;
        insnCount = i + 1;
    }

    /** Remembers a jump-offset field of {@code size} bytes at the current position. */
    private void fixup(int base, Label target, int size) {
        int k = fixCount;
        if (k == fixPos.length) {
            int cap = k * 2;
            fixPos = Arrays.copyOf(fixPos, cap);
            fixBase = Arrays.copyOf(fixBase, cap);
            fixSize = Arrays.copyOf(fixSize, cap);
            fixLabel = Arrays.copyOf(fixLabel, cap);
        }
        fixPos[k] = code.length;
        fixBase[k] = base;
        fixSize[k] = (byte) size;
        fixLabel[k] = target;
        fixCount = k + 1;
    }
}
