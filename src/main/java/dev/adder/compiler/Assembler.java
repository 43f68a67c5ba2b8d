package dev.adder.compiler;

import dev.adder.bytecode.CodeWords;
import dev.adder.bytecode.ExceptionTable;
import dev.adder.bytecode.LocationTable;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import dev.adder.symtable.BlockType;
import dev.adder.symtable.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns one compiled unit's control-flow graph into a {@link PyCode}, in CPython 3.11's order:
 * the implicit return, the prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR),
 * cell offsets, {@link CfgOptimizer}, exit duplication and line propagation, trimming of unused
 * constants, the stack depth, the exception table, jump directions
 * and offsets, then the code words and the location table.
 * CPython 3.11: Python/compile.c assemble and the passes it calls.
 */
final class Assembler {
    private final CodeUnit u;
    private final String filename;

    Assembler(CodeUnit u, String filename) {
        this.u = u;
        this.filename = filename;
    }

    PyCode assemble(boolean addNone) {
        Instr last = u.current.last();
        if (last == null || last.op != Opcode.RETURN_VALUE.number()) {
            u.unsetLocation();
            if (addNone) {
                u.loadNone();
            }
            u.op(Opcode.RETURN_VALUE);
        }
        for (Block b : u.blocks) {
            for (Instr i : b.instrs) {
                if (i.isJump() || i.isBlockPush()) {
                    i.target = CfgOptimizer.skipEmpty(i.target);
                }
            }
        }
        for (Block b : u.blocks) {
            CfgOptimizer.extend(b);
        }
        int flags = flags(u.ste);
        String[] varnames = u.varnames.keySet().toArray(new String[0]);
        int[] derefSlots = derefSlots(varnames);
        insertPrefix(flags, derefSlots);
        fixDerefArgs(derefSlots);
        CfgOptimizer opt = new CfgOptimizer(u);
        opt.optimize();
        LineNumbers.duplicateExitsWithoutLineno(u);
        trimUnusedConsts();
        LineNumbers.propagate(u);
        LineNumbers.guaranteeForExits(u);
        int maxDepth = StackDepth.compute(u, (flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE
                | PyCode.CO_ASYNC_GENERATOR)) != 0);
        ExceptionLabels.label(u);
        ExceptionLabels.toNops(u);
        for (Block b = u.entry; b != null; b = b.next) {
            CfgOptimizer.clean(b);
        }
        normalizeJumps();
        return emit(flags, maxDepth, varnames);
    }

    /** The localsplus slot of each entry of cellvars + freevars. */
    private int[] derefSlots(String[] varnames) {
        List<String> vars = List.of(varnames);
        int ncells = u.cellvars.size();
        int[] slots = new int[ncells + u.freevars.size()];
        int next = varnames.length;
        for (int i = 0; i < ncells; i++) {
            int v = vars.indexOf(u.cellvars.get(i));
            slots[i] = v >= 0 ? v : next++;
        }
        for (int i = 0; i < u.freevars.size(); i++) {
            slots[ncells + i] = next++;
        }
        return slots;
    }

    private void fixDerefArgs(int[] slots) {
        for (Block b : u.blocks) {
            for (Instr i : b.instrs) {
                if (i.derefArg) {
                    i.arg = slots[i.arg];
                    i.derefArg = false;
                }
            }
        }
    }

    // CPython 3.11: Python/compile.c insert_prefix_instructions
    private void insertPrefix(int flags, int[] slots) {
        List<Instr> prefix = new ArrayList<>();
        int nfree = u.freevars.size();
        if (nfree > 0) {
            prefix.add(new Instr(Opcode.COPY_FREE_VARS.number(), nfree, null, -1, -1, -1, -1));
        }
        List<Integer> cellSlots = new ArrayList<>();
        for (int i = 0; i < u.cellvars.size(); i++) {
            cellSlots.add(slots[i]);
        }
        Collections.sort(cellSlots);
        for (int slot : cellSlots) {
            prefix.add(new Instr(Opcode.MAKE_CELL.number(), slot, null, -1, -1, -1, -1));
        }
        if ((flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0) {
            prefix.add(new Instr(Opcode.RETURN_GENERATOR.number(), 0, null, u.firstlineno, -1, u.firstlineno, -1));
            prefix.add(new Instr(Opcode.POP_TOP.number(), 0, null, -1, -1, -1, -1));
        }
        u.entry.instrs.addAll(0, prefix);
    }

    // CPython 3.11: Python/compile.c compute_code_flags
    private static int flags(Scope ste) {
        int flags = 0;
        if (ste.type() == BlockType.FUNCTION) {
            flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
            if (ste.isNested()) {
                flags |= PyCode.CO_NESTED;
            }
            if (ste.isGenerator() && !ste.isCoroutine()) {
                flags |= PyCode.CO_GENERATOR;
            }
            if (!ste.isGenerator() && ste.isCoroutine()) {
                flags |= PyCode.CO_COROUTINE;
            }
            if (ste.isGenerator() && ste.isCoroutine()) {
                flags |= PyCode.CO_ASYNC_GENERATOR;
            }
            if (ste.hasVarargs()) {
                flags |= PyCode.CO_VARARGS;
            }
            if (ste.hasVarkeywords()) {
                flags |= PyCode.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    // CPython 3.11: Python/compile.c trim_unused_consts (index 0, the docstring slot, always stays)
    private void trimUnusedConsts() {
        int max = 0;
        for (Block b = u.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if ((i.op == Opcode.LOAD_CONST.number() || i.op == Opcode.KW_NAMES.number()) && i.arg > max) {
                    max = i.arg;
                }
            }
        }
        while (u.consts.size() > max + 1) {
            u.consts.remove(u.consts.size() - 1);
        }
    }

    // CPython 3.11: Python/compile.c normalize_jumps
    private void normalizeJumps() {
        for (Block b = u.entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (Block b = u.entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !last.isJump()) {
                continue;
            }
            boolean forward = !last.target.visited;
            last.op = switch (last.op) {
                case Pseudo.JUMP -> (forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD).number();
                case Pseudo.JUMP_NO_INTERRUPT ->
                        (forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT).number();
                case Pseudo.POP_JUMP_IF_NOT_NONE -> (forward ? Opcode.POP_JUMP_FORWARD_IF_NOT_NONE
                        : Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE).number();
                case Pseudo.POP_JUMP_IF_NONE -> (forward ? Opcode.POP_JUMP_FORWARD_IF_NONE
                        : Opcode.POP_JUMP_BACKWARD_IF_NONE).number();
                case Pseudo.POP_JUMP_IF_FALSE -> (forward ? Opcode.POP_JUMP_FORWARD_IF_FALSE
                        : Opcode.POP_JUMP_BACKWARD_IF_FALSE).number();
                case Pseudo.POP_JUMP_IF_TRUE -> (forward ? Opcode.POP_JUMP_FORWARD_IF_TRUE
                        : Opcode.POP_JUMP_BACKWARD_IF_TRUE).number();
                default -> last.op;
            };
        }
    }

    private static int size(Instr i) {
        return 1 + Opcode.of(i.op).caches();
    }

    private PyCode emit(int flags, int maxDepth, String[] varnames) {
        int offset = 0;
        for (Block b = u.entry; b != null; b = b.next) {
            b.offset = offset;
            for (Instr i : b.instrs) {
                offset += size(i);
            }
        }
        int[] words = new int[offset];
        List<LocationTable.Entry> locations = new ArrayList<>();
        List<ExceptionTable.Entry> handlers = new ArrayList<>();
        int pos = 0;
        Block handler = null;
        int start = 0;
        for (Block b = u.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.except != handler) {
                    if (handler != null) {
                        handlers.add(handlerEntry(start, pos, handler));
                    }
                    start = pos;
                    handler = i.except;
                }
                int n = size(i);
                int arg = i.arg;
                if (i.isJump()) {
                    int after = pos + n;
                    arg = i.target.offset >= after ? i.target.offset - after : after - i.target.offset;
                }
                words[pos] = CodeWords.word(i.op, Opcode.of(i.op).hasArgument() ? arg : 0);
                locations.add(new LocationTable.Entry(n, i.lineno < 0 ? LocationTable.Position.NO_LOCATION
                        : new LocationTable.Position(i.lineno, i.endLineno, i.colOffset, i.endColOffset)));
                pos += n;
            }
        }
        if (handler != null) {
            handlers.add(handlerEntry(start, pos, handler));
        }
        return PyCode.builder().name(u.name).qualname(u.qualname).filename(filename).firstlineno(u.firstlineno)
                .argcounts(u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount)
                .flags(flags).stacksize(maxDepth)
                .variables(varnames, u.cellvars.toArray(new String[0]), u.freevars.toArray(new String[0]))
                .names(u.names.keySet().toArray(new String[0]))
                .consts(u.consts.toArray())
                .words(words)
                .exceptionTable(ExceptionTable.encode(handlers))
                .lineTable(LocationTable.encode(locations, u.firstlineno))
                .build();
    }

    private static ExceptionTable.Entry handlerEntry(int start, int end, Block handler) {
        int depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
        return new ExceptionTable.Entry(start, end, handler.offset, depth, handler.preserveLasti);
    }
}
