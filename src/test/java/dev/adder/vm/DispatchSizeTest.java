package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dispatch loop JIT-compilable: HotSpot never compiles a method whose bytecode exceeds
 * 8,000 bytes ({@code -XX:HugeMethodLimit}), so this reads Interpreter.class and checks the loop's size.
 */
class DispatchSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void dispatchLoopStaysUnderHugeMethodLimit() throws IOException {
        Map<String, Integer> sizes = codeLengths(Interpreter.class);
        Integer loop = sizes.get("loop");
        assertTrue(loop != null, "no method 'loop' in Interpreter: " + sizes.keySet());
        System.out.println("Interpreter.loop bytecode size: " + loop + " bytes");
        assertTrue(loop <= HUGE_METHOD_LIMIT, "Interpreter.loop is " + loop + " bytes, over " + HUGE_METHOD_LIMIT);
    }

    @Test
    void readerSeesOtherMethods() throws IOException {
        Map<String, Integer> sizes = codeLengths(Interpreter.class);
        assertTrue(sizes.get("runEntered") > 0 && sizes.get("runEntered") < 200, sizes.toString());
    }

    /** The code_length of each method's Code attribute (JVMS §4.7.3); overloads keep the largest. */
    static Map<String, Integer> codeLengths(Class<?> c) throws IOException {
        try (InputStream raw = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            DataInputStream in = new DataInputStream(raw);
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            skip(in, in.readUnsignedShort() * 2);
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                skip(in, 6);
                skipAttributes(in);
            }
            Map<String, Integer> sizes = new HashMap<>();
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort();
                int attrs = in.readUnsignedShort();
                for (int a = 0; a < attrs; a++) {
                    String attr = utf8[in.readUnsignedShort()];
                    int len = in.readInt();
                    if (attr.equals("Code")) {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        int codeLength = in.readInt();
                        sizes.merge(name, codeLength, Math::max);
                        skip(in, len - 8);
                    } else {
                        skip(in, len);
                    }
                }
            }
            return sizes;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.readUnsignedShort();
            skip(in, in.readInt());
        }
    }

    private static void skip(DataInputStream in, int n) throws IOException {
        in.readNBytes(n);
    }
}
