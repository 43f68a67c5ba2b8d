package dev.adder.jsr223;

import dev.adder.Version;
import dev.adder.text.StrRepr;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 factory of Adder's Python engine, registered through {@code ServiceLoader}. Its
 * constructor does nothing at all (factories get instantiated by deserialization gadgets and by
 * every {@code ScriptEngineManager}); the interpreter is built when an engine first runs code.
 */
public final class AdderScriptEngineFactory implements ScriptEngineFactory {
    private static final List<String> NAMES = List.of("python", "python3", "py", "adder");
    private static final List<String> EXTENSIONS = List.of("py");
    private static final List<String> MIME_TYPES = List.of("text/x-python", "text/python", "application/x-python");

    /** A factory; does no work. */
    public AdderScriptEngineFactory() {
    }

    @Override
    public String getEngineName() {
        return "Adder";
    }

    @Override
    public String getEngineVersion() {
        return Version.VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return "3.11";
    }

    /** The standard keys, plus {@code "THREADING"} = {@code "MULTITHREADED"}: engines may be shared by threads. */
    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE:
                return getEngineName();
            case ScriptEngine.ENGINE_VERSION:
                return getEngineVersion();
            case ScriptEngine.NAME:
                return NAMES.get(0);
            case ScriptEngine.LANGUAGE:
                return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION:
                return getLanguageVersion();
            case "THREADING":
                return "MULTITHREADED";
            default:
                return null;
        }
    }

    /** {@code obj.m(a, b)}. */
    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    /** {@code print('text')}, the text quoted as Python's {@code repr} quotes it. */
    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + StrRepr.strRepr(toDisplay) + ")";
    }

    /** The statements, one per line. */
    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        ClassPreloader.start(); // the first engine's first evaluation needs some two hundred classes: load them meanwhile
        return new AdderScriptEngine(this);
    }
}
