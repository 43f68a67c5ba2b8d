package dev.adder.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs programs on the VM and prints what the VM printed next to python3's output (a debugging aid). */
final class DebugRun {
    private DebugRun() {
    }

    public static void main(String[] args) {
        List<Path> files = new ArrayList<>();
        boolean adder = false;
        for (String a : args) {
            if (a.equals("--adder")) {
                adder = true;
            } else {
                files.add(Path.of(a));
            }
        }
        for (CPythonCode.Compiled c : CPythonCode.compile(files)) {
            VmHarness.Result r = VmHarness.run(adder ? AdderCode.compile(Path.of(c.path())) : c.code());
            boolean same = r.stdout().equals(c.stdout()) && r.stderr().equals(c.stderr());
            System.out.println("=== " + c.path() + (same ? " SAME" : " DIFFERENT"));
            if (!same) {
                System.out.println("--- vm stdout\n" + r.stdout() + "--- vm stderr\n" + r.stderr());
                System.out.println("--- cpython stdout\n" + c.stdout() + "--- cpython stderr\n" + c.stderr());
            }
        }
    }
}
