package dev.adder.compiler;

import dev.adder.ast.Mod;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;

/** Source to code object: the front end and the compiler, as one step hosts and the runtime can call. */
public final class SourceCompilation {
    private SourceCompilation() {}

    /** Parses and compiles a whole file (exec mode); front-end errors stay {@link PythonSyntaxError}s. */
    public static PyCode compileFile(Source source, String filename) {
        return Compiler.compileModule((Mod.Module) Parser.parseFile(source), filename);
    }

    /**
     * The runtime's compiler ({@code dis.dis(source)}, later {@code compile}/{@code exec}/{@code eval}):
     * syntax errors become Python {@code SyntaxError} exceptions.
     */
    public static PyCode compileForRuntime(String text, String filename, String mode) {
        try {
            Source source = Source.fromString(text, filename);
            if (mode.equals("eval")) {
                return Compiler.compileExpression((Mod.Expression) Parser.parseExpression(source), filename);
            }
            return compileFile(source, filename);
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    /** A front-end error as the Python exception: {@code SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))}. */
    public static PyBaseException toPython(PythonSyntaxError e) {
        PyBaseException p = new PyBaseException(ExceptionTypes.byName(e.pythonType()), new Object[] {e.msg(),
            PyTuple.of(e.filename() == null ? PyNone.NONE : e.filename(), e.lineno(), e.offset(),
                    e.text() == null ? PyNone.NONE : e.text(), e.endLineno(), e.endOffset())});
        p.dict().put("msg", e.msg());
        p.dict().put("filename", e.filename() == null ? PyNone.NONE : e.filename());
        p.dict().put("lineno", e.lineno());
        p.dict().put("offset", e.offset());
        p.dict().put("text", e.text() == null ? PyNone.NONE : e.text());
        p.dict().put("end_lineno", e.endLineno());
        p.dict().put("end_offset", e.endOffset());
        p.dict().put("print_file_and_line", PyNone.NONE);
        return p;
    }
}
