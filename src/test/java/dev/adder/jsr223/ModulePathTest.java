package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;

/** On the module path, module-info's {@code provides} makes the factory a service: the same lookup works. */
class ModulePathTest {
    @Test
    void factoryIsAServiceOfTheNamedModule() throws Exception {
        Path classes = Path.of(AdderScriptEngineFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleFinder finder = ModuleFinder.of(classes);
        ModuleLayer boot = ModuleLayer.boot();
        Configuration cf = boot.configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.adder"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        List<ScriptEngineFactory> found = ServiceLoader.load(layer, ScriptEngineFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.getNames().contains("python")).toList();
        assertEquals(1, found.size());
        ScriptEngineFactory f = found.get(0);
        assertEquals("dev.adder", f.getClass().getModule().getName());
        assertNotSame(AdderScriptEngineFactory.class, f.getClass(), "loaded from the module, not the class path");
        ScriptEngine engine = f.getScriptEngine();
        assertEquals(42, engine.eval("def f(x):\n    return x * 2\nf(21)"));
        // and the manager, given the layer's loader, finds it by name
        ScriptEngine byName = new ScriptEngineManager(layer.findLoader("dev.adder")).getEngineByName("python");
        assertEquals("dev.adder", byName.getClass().getModule().getName());
    }
}
