package dev.adder.jsr223;

import dev.adder.objects.JavaValues;
import dev.adder.objects.PyDict;
import java.util.function.Supplier;
import javax.script.Bindings;
import javax.script.ScriptContext;

/**
 * The engine's {@code builtins} dictionary, with the JSR-223 GLOBAL_SCOPE in front of it: a name
 * that the script's globals (ENGINE_SCOPE) lack is looked up in the current context's
 * GLOBAL_SCOPE bindings first, then among the builtins — the lookup order JSR-223 asks for.
 */
final class ScopedBuiltins extends PyDict {
    private final transient Supplier<ScriptContext> context;

    ScopedBuiltins(Supplier<ScriptContext> context) {
        this.context = context;
    }

    @Override
    public Object get(Object key) {
        if (key instanceof String name && !name.isEmpty()) {
            ScriptContext ctx = context.get();
            Bindings global = ctx == null ? null : ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
            if (global != null) {
                Object v = global.get(name);
                if (v != null || global.containsKey(name)) {
                    return JavaValues.toPython(v);
                }
            }
        }
        return super.get(key);
    }
}
