/**
 * Adder: Python 3.11 for the JVM. Hosts use the JSR-223 engine ({@code javax.script}) or the
 * command line; the rest of the packages are internal.
 */
module dev.adder {
    requires transitive java.scripting;

    exports dev.adder;
    exports dev.adder.jsr223;

    uses dev.adder.objects.ForeignTypeProvider;

    provides javax.script.ScriptEngineFactory with dev.adder.jsr223.AdderScriptEngineFactory;
    provides dev.adder.objects.ForeignTypeProvider with dev.adder.interop.HostTypes;
}
