package dev.adder.bytecode;

import dev.adder.ast.Python3;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the Opcode table against python3's dis and opcode modules. */
class OpcodeTest {
    private static final int[] ARGS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 255, 256, 257, 258, 511, 4096, 65535, 70000};

    private static final String SCRIPT = String.join("\n",
            "import dis, opcode, sys",
            "args = [int(a) for a in sys.argv[1:]]",
            "print('HAVE_ARGUMENT', opcode.HAVE_ARGUMENT)",
            "for name, op in sorted(dis.opmap.items(), key=lambda kv: kv[1]):",
            "    kinds = [k for k in ('hasconst','hasname','hasjrel','hasjabs','haslocal','hasfree','hascompare')",
            "             if op in getattr(opcode, k)]",
            "    back = 'JUMP_BACKWARD' in name",
            "    fx = []",
            "    for a in (args if op >= opcode.HAVE_ARGUMENT else [None]):",
            "        fx.append('%d/%d/%d' % (dis.stack_effect(op, a, jump=False), dis.stack_effect(op, a, jump=True),",
            "                                dis.stack_effect(op, a)))",
            "    print(name, op, dis._inline_cache_entries[op], ','.join(kinds) or '-', back, ' '.join(fx))");

    private static String kindsOf(Opcode o) {
        switch (o.argKind()) {
            case CONST: return "hasconst";
            case NAME: case GLOBAL_NAME: return "hasname";
            case JUMP_FORWARD: case JUMP_BACKWARD: return "hasjrel";
            case LOCAL: return "haslocal";
            case FREE: return "hasfree";
            case COMPARE: return "hascompare";
            default: return "-";
        }
    }

    @Test
    void tableMatchesPython() {
        Python3.assumeAvailable();
        String[] argv = new String[ARGS.length];
        for (int i = 0; i < ARGS.length; i++) {
            argv[i] = Integer.toString(ARGS[i]);
        }
        List<String> lines = Python3.run(SCRIPT, argv);
        assertEquals("HAVE_ARGUMENT " + Opcode.HAVE_ARGUMENT, lines.get(0));
        List<String> ours = new ArrayList<>();
        ours.add(lines.get(0));
        for (Opcode o : Opcode.values()) {
            StringBuilder fx = new StringBuilder();
            if (o.hasArgument()) {
                for (int a : ARGS) {
                    fx.append(fx.length() > 0 ? " " : "").append(o.stackEffect(a, false)).append('/')
                            .append(o.stackEffect(a, true)).append('/').append(o.maxStackEffect(a));
                }
            } else {
                fx.append(o.stackEffect(0, false)).append('/').append(o.stackEffect(0, true)).append('/')
                        .append(o.maxStackEffect(0));
            }
            ours.add(o.name() + " " + o.number() + " " + o.caches() + " " + kindsOf(o) + " "
                    + (o.argKind() == ArgKind.JUMP_BACKWARD ? "True" : "False") + " " + fx);
        }
        assertEquals(String.join("\n", lines), String.join("\n", ours));
    }

    @Test
    void generatedSourceIsUpToDate() {
        Python3.assumeAvailable();
        assertEquals(List.of("Opcode.java is up to date"),
                Python3.runCommand(List.of("python3", "tools/gen_opcodes.py", "--check")));
    }

    @Test
    void lookupByNumber() {
        assertSame(Opcode.LOAD_DEREF, Opcode.of(Opcode.LOAD_DEREF.number()));
        assertNull(Opcode.of(3));
        assertNull(Opcode.of(256));
        assertNull(Opcode.of(-1));
        for (Opcode o : Opcode.values()) {
            assertSame(o, Opcode.of(o.number()));
            assertEquals(o.number() >= Opcode.HAVE_ARGUMENT, o.argKind() != ArgKind.NONE, o.name());
        }
        assertTrue(Opcode.JUMP_BACKWARD.isJump());
    }
}
