package dev.adder.jsr223;

import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.PyCode;
import dev.adder.compiler.Compiler;
import dev.adder.compiler.SourceCompilation;
import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import java.util.List;

/**
 * A script compiled for the engine: the module's code, and — when the script ends with an
 * expression statement — that expression compiled apart, so {@code eval} can return its value
 * (JSR-223 engines return the value of the last expression; Python's {@code exec} returns None).
 *
 * @param body the statements (all of them when {@code last} is null)
 * @param last the final expression statement as eval-mode code, or null
 * @param filename the name tracebacks show
 * @param text the source text (tracebacks show its lines)
 */
record ScriptCode(PyCode body, PyCode last, String filename, String text) {

    /** Parses and compiles {@code text}; a syntax error is raised as Python's {@code SyntaxError}. */
    static ScriptCode compile(String text, String filename) {
        try {
            Mod.Module module = (Mod.Module) Parser.parseFile(Source.fromString(text, filename));
            List<Stmt> body = module.body();
            int n = body.size();
            if (n > 0 && body.get(n - 1) instanceof Stmt.Expr e) {
                PyCode head = Compiler.compileModule(new Mod.Module(body.subList(0, n - 1), module.type_ignores()),
                        filename);
                PyCode last = Compiler.compileExpression(new Mod.Expression(e.value()), filename);
                return new ScriptCode(head, last, filename, text);
            }
            return new ScriptCode(Compiler.compileModule(module, filename), null, filename, text);
        } catch (PythonSyntaxError e) {
            throw SourceCompilation.toPython(e);
        }
    }
}
