package dev.adder.jvm;

import java.util.ArrayList;

/**
 * Writes one JVM class file (version 49, so no StackMapTable is needed: the JVM verifies it with the
 * type-inferring verifier). Fields and methods are declared in order; each method's code is written
 * through the {@link CodeWriter} that {@link #method} returns and must be finished before
 * {@link #toByteArray()}. Only the Code attribute (and optionally SourceFile) is written.
 *
 * <p>Names are internal names ("dev/adder/vm/Py2$f", "java/lang/Object"); descriptors are JVM
 * descriptors ("(Ljava/lang/Object;I)V").
 */
public final class ClassWriter {
    /** The class-file major version: Java 5, the last without mandatory stack maps. */
    public static final int VERSION = 49;

    private final ConstantPool pool = new ConstantPool();
    private final int access;
    private final int thisClass;
    private final int superClass;
    private final int[] interfaces;
    private final Bytes fields = new Bytes(64);
    private int fieldCount;
    private final ArrayList<Method> methods = new ArrayList<>();
    private int codeName;
    private int sourceFile;

    /** A declared method: its header and, unless abstract or native, its code. */
    private record Method(int access, int name, int descriptor, CodeWriter code) {
    }

    /**
     * Starts a class.
     *
     * @param access ACC_PUBLIC, ACC_FINAL, ACC_SUPER... ({@link Opcodes})
     * @param internalName the class's internal name
     * @param superName the superclass's internal name (null only for java/lang/Object)
     * @param interfaces the internal names of the implemented interfaces (may be none)
     */
    public ClassWriter(int access, String internalName, String superName, String... interfaces) {
        this.access = access;
        this.thisClass = pool.classRef(internalName);
        this.superClass = superName == null ? 0 : pool.classRef(superName);
        this.interfaces = new int[interfaces.length];
        for (int i = 0; i < interfaces.length; i++) {
            this.interfaces[i] = pool.classRef(interfaces[i]);
        }
    }

    /** Declares a field (no ConstantValue attribute: initialise static fields in {@code <clinit>}). */
    public void field(int access, String name, String descriptor) {
        StackEffects.fieldSize(descriptor); // validates
        fields.u2(access);
        fields.u2(pool.utf8(name));
        fields.u2(pool.utf8(descriptor));
        fields.u2(0);
        fieldCount++;
    }

    /**
     * Starts a method; its code is written through the returned CodeWriter, which must be finished
     * before {@link #toByteArray()}. For abstract and native methods the writer is ignored (no code).
     */
    public CodeWriter method(int access, String name, String descriptor) {
        int parameters = StackEffects.argumentsSize(descriptor) + ((access & Opcodes.ACC_STATIC) != 0 ? 0 : 1);
        StackEffects.returnSize(descriptor); // validates
        boolean hasCode = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
        if (hasCode && codeName == 0) {
            codeName = pool.utf8("Code");
        }
        CodeWriter code = new CodeWriter(pool, name, parameters);
        methods.add(new Method(access, pool.utf8(name), pool.utf8(descriptor), hasCode ? code : null));
        return code;
    }

    /** Adds a SourceFile attribute (shown in stack traces). */
    public void sourceFile(String fileName) {
        pool.utf8("SourceFile");
        sourceFile = pool.utf8(fileName);
    }

    /**
     * The class file.
     *
     * @throws IllegalStateException if a method's CodeWriter is not finished
     */
    public byte[] toByteArray() {
        int codeSize = 0;
        for (Method m : methods) {
            if (m.code != null) {
                if (!m.code.isFinished()) {
                    throw new IllegalStateException("a CodeWriter was not finished");
                }
                codeSize += 32 + m.code.size();
            }
        }
        Bytes pooled = pool.bytes();
        Bytes out = new Bytes(32 + pooled.length + fields.length + methods.size() * 8 + codeSize);
        out.u4(0xCAFEBABE);
        out.u2(0);
        out.u2(VERSION);
        out.u2(pool.count());
        out.bytes(pooled);
        out.u2(access);
        out.u2(thisClass);
        out.u2(superClass);
        out.u2(interfaces.length);
        for (int i : interfaces) {
            out.u2(i);
        }
        out.u2(fieldCount);
        out.bytes(fields);
        out.u2(methods.size());
        for (Method m : methods) {
            out.u2(m.access);
            out.u2(m.name);
            out.u2(m.descriptor);
            if (m.code == null) {
                out.u2(0);
            } else {
                out.u2(1);
                m.code.writeAttribute(out, codeName);
            }
        }
        if (sourceFile != 0) {
            out.u2(1);
            out.u2(pool.utf8("SourceFile"));
            out.u4(2);
            out.u2(sourceFile);
        } else {
            out.u2(0);
        }
        return out.data.length == out.length ? out.data : java.util.Arrays.copyOf(out.data, out.length);
    }
}
