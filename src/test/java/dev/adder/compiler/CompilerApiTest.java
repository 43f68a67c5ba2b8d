package dev.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Mod;
import dev.adder.ast.Python3;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyComplex;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler's public entry points: eval mode, runtime constant values, errors. */
class CompilerApiTest {
    private static PyCode module(String src) {
        return Compiler.compileModule((Mod.Module) Parser.parseFile(Source.fromString(src, "t.py")), "t.py");
    }

    @Test
    void constantsAreRuntimeValuesKeptApartByType() {
        PyCode code = module("a = 0\nb = 0.0\nc = -0.0\nd = False\ne = None\nf = b'x'\ng = 2j\nh = ...\n"
                + "i = (1, 'x')\nj = 1267650600228229401496703205376\nk = 2**40\n");
        List<Object> consts = List.of(code.co_consts());
        assertEquals(0, consts.get(0));
        assertEquals(0.0, consts.get(1));
        assertEquals(-0.0, consts.get(2));
        assertEquals(Boolean.FALSE, consts.get(3));
        assertSame(PyNone.NONE, consts.get(4));
        assertTrue(consts.get(5) instanceof PyBytes);
        assertEquals(new PyComplex(0.0, 2.0), consts.get(6));
        assertSame(PySingleton.ELLIPSIS, consts.get(7));
        assertTrue(consts.get(8) instanceof PyTuple t && t.size() == 2 && t.get(0).equals(1));
        assertEquals(BigInteger.TWO.pow(100), consts.get(9));
        assertEquals(1L << 40, consts.get(10));
    }

    @Test
    void evalModeReturnsTheValue() {
        Python3.assumeAvailable();
        Mod.Expression e = (Mod.Expression) Parser.parseExpression(Source.fromString("a + b * 2", "<e>"));
        String ours = Compiler.disassembler().dis(Compiler.compileExpression(e, "<e>"));
        String theirs = String.join("\n", Python3.run("import dis; dis.dis(compile('a + b * 2', '<e>', 'eval'))")) + "\n";
        assertEquals(theirs, ours);
    }

    @Test
    void compilerErrorsAreSyntaxErrors() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> module("def f():\n    x = 1\nbreak\n"));
        assertEquals("'break' outside loop", e.msg());
    }
}
