package dev.adder.jvm;

/**
 * A position in one method's code, the target of jumps, switches and exception-table entries:
 * made by {@link CodeWriter#newLabel()}, bound once by {@link CodeWriter#mark(Label)}, and usable
 * before it is bound (forward jumps are patched by {@link CodeWriter#finish()}).
 */
public final class Label {
    /** The writer that made this label (labels cannot cross methods). */
    final CodeWriter owner;
    /** The bytecode offset, or -1 while unbound. */
    int position = -1;
    /** The index of the instruction that starts at {@link #position} (may equal the instruction count). */
    int insn;

    Label(CodeWriter owner) {
        this.owner = owner;
    }

    /** True once {@link CodeWriter#mark(Label)} has bound this label. */
    public boolean isBound() {
        return position >= 0;
    }

    /** The bytecode offset this label is bound to, or -1 while unbound. */
    public int offset() {
        return position;
    }

    @Override
    public String toString() {
        return position < 0 ? "Label(unbound)" : "Label(" + position + ")";
    }
}
