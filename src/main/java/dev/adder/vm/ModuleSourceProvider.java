package dev.adder.vm;

/**
 * Module source text supplied by a host that has no files (or does not want scripts to read them):
 * a virtual directory tree asked for {@code "name.py"}, {@code "pkg/__init__.py"},
 * {@code "pkg/sub.py"}, the paths a directory on {@code sys.path} would be searched for. It is
 * searched after the directories of {@code sys.path}.
 */
@FunctionalInterface
public interface ModuleSourceProvider {
    /**
     * The source text of {@code path} ('/'-separated, relative, ending in {@code .py}), or null when
     * there is no such module.
     */
    String source(String path);
}
