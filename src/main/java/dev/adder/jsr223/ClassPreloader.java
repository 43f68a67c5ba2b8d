package dev.adder.jsr223;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a background thread, the classes an engine's first evaluation needs, so that the
 * calling thread finds them loaded: reading and defining some two hundred classes is a large part of
 * the time from {@code getEngineByName} to the first result, and a second core can do it meanwhile.
 * Classes are loaded, not initialized: their static initializers still run on the thread that
 * first uses them, in the order it uses them, so no class initialization can deadlock.
 *
 * <p>The list is the resource {@code preload-classes.txt} (one binary name per line), made by
 * {@code tools/gen_preload_classes.sh} from a JVM's class-loading log, in the reverse of the order an
 * evaluation loads them: should the evaluating thread catch up (a busy machine), the two meet once
 * and then load different classes, instead of one waiting for the other at every class (a thread
 * descheduled while it loads a class holds up every thread that needs that class). A stale list
 * costs only time: unknown names are skipped.
 *
 * <p>Off unless the system property {@code adder.preloadClasses=true} asks for it (and never with one
 * processor): on the project's idle 2-core machine the first result came later with it (median of 7
 * fresh JVMs 196 ms against 187 ms without), the JIT compiler threads wanting the second core too.
 */
final class ClassPreloader implements Runnable {
    static final String RESOURCE = "preload-classes.txt";

    private final ClassLoader loader;

    private ClassPreloader(ClassLoader loader) {
        this.loader = loader;
    }

    // Runs once per class loader (class initialization is the once-only lock): the first engine starts it.
    static {
        try {
            // one processor: nothing would run meanwhile, the thread would only add its own cost
            if (Runtime.getRuntime().availableProcessors() > 1
                    && "true".equals(System.getProperty("adder.preloadClasses"))) {
                Thread t = new Thread(new ClassPreloader(ClassPreloader.class.getClassLoader()), "adder-class-preloader");
                t.setDaemon(true);
                t.start();
            }
        } catch (RuntimeException | Error e) {
            // no thread (a restrictive host, no memory): the classes load when used, as without us
        }
    }

    /** Starts the background loading unless it ran already in this class loader. */
    static void start() {
        // the work is in the static initializer
    }

    @Override
    public void run() {
        try (InputStream in = ClassPreloader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = r.readLine(); name != null; name = r.readLine()) {
                if (!name.isEmpty()) {
                    try {
                        Class.forName(name, false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a stale entry (or a class that cannot load: its user will report it)
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // preloading is an optimization only
        }
    }
}
