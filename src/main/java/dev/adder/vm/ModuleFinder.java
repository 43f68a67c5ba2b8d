package dev.adder.vm;

/**
 * Finds a module that is not yet in {@code sys.modules} (the hosts' import hook: the JSR-223 engine
 * registers one for {@code from java.util import ArrayList}). The import statement asks each
 * registered finder in order when neither the built-in modules nor the Python sources on
 * {@code sys.path} have the module (or its parent package); the first non-null answer is the module.
 */
@FunctionalInterface
public interface ModuleFinder {
    /**
     * The module called {@code name}, or null when this finder does not know it.
     *
     * @param name the absolute dotted module name
     * @param fromlist the names of a {@code from name import ...} statement (empty for {@code import name})
     * @return the module object (it is stored in {@code sys.modules} only if the finder does so)
     */
    Object find(String name, java.util.List<String> fromlist);
}
