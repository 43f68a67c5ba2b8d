package dev.adder.cli;

import dev.adder.objects.Ops;
import dev.adder.runtime.PyBaseException;
import dev.adder.vm.PyTraceback;

/** The text printed for an uncaught exception. Temporary until the VM's formatter lands. */
final class Tracebacks {
    private Tracebacks() {}

    static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        if (e.traceback() instanceof PyTraceback tb) {
            sb.append("Traceback (most recent call last):\n");
            for (PyTraceback t = tb; t != null; t = t.next()) {
                sb.append("  File \"").append(t.code().co_filename()).append("\", line ").append(t.lineno())
                        .append(", in ").append(t.code().co_name()).append('\n');
            }
        }
        String s = Ops.str(e);
        sb.append(e.type().name()).append(s.isEmpty() ? "" : ": " + s).append('\n');
        return sb.toString();
    }
}
