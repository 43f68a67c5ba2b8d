package dev.adder.cli;

import dev.adder.ast.Mod;
import dev.adder.syntax.Source;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Calls {@code dev.adder.syntax.Parser.parseFile(Source)}, the parser's entry point.
 *
 * <p>Looked up reflectively only while the parser is being written, so the command line compiles
 * before it lands; once {@code Parser} exists this becomes a direct call.
 */
final class ParserBridge {
    private ParserBridge() {}

    /** Lazily resolved, immutable handle (holder idiom: no mutable static state). */
    private static final class Holder {
        static final MethodHandle PARSE_FILE = find();

        private static MethodHandle find() {
            try {
                Class<?> parser = Class.forName("dev.adder.syntax.Parser");
                return MethodHandles.publicLookup().findStatic(parser, "parseFile",
                        MethodType.methodType(Mod.class, Source.class));
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                return null;
            }
        }
    }

    /** Parses a whole file ({@code exec} mode); throws PythonSyntaxError as the parser does. */
    static Mod parseFile(Source source) {
        MethodHandle handle = Holder.PARSE_FILE;
        if (handle == null) {
            throw new IllegalStateException("dev.adder.syntax.Parser.parseFile(Source) does not exist yet");
        }
        try {
            return (Mod) handle.invokeExact(source);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
