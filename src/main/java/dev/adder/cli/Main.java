package dev.adder.cli;

import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import dev.adder.syntax.Token;
import dev.adder.syntax.TokenType;
import dev.adder.syntax.Tokenizer;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code adder} command line: for now the front end's dump tools.
 *
 * <p>{@code --dump-ast [--positions] FILE...} prints what {@code shared/tools/cpython_ast_dump.py}
 * prints; {@code --dump-tokens FILE} prints one token per line. Output is UTF-8 whatever the
 * locale, as CPython's is. No Java stack trace ever reaches the user.
 */
public final class Main {
    private Main() {}

    /** Exit status for a usage error, as CPython's. */
    static final int USAGE = 2;

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = run(args, out, err, new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line, writing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /** Runs the command line; a program's {@code sys.stdin} reads {@code stdin} (null: empty input). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.io.Reader stdin) {
        try {
            if (args.length >= 1 && args[0].equals("--dump-ast")) {
                return dumpAst(args, out, err);
            } else if (args.length == 2 && args[0].equals("--dump-tokens")) {
                return dumpTokens(args[1], out, err);
            } else if (args.length == 2 && args[0].equals("--dump-code")) {
                return dumpCode(args[1], out, err);
            } else if (args.length == 2 && args[0].equals("--dis")) {
                return dis(args[1], out, err);
            } else if (args.length >= 2 && args[0].equals("-c")) {
                String[] argv = java.util.Arrays.copyOfRange(args, 1, args.length);
                argv[0] = "-c";
                return RunCommand.runCode(args[1], argv, out, err, stdin);
            } else if (args.length >= 1 && !args[0].startsWith("-")) {
                return RunCommand.runFile(args, out, err, stdin);
            }
            err.println("usage: adder [--dump-ast [--positions] | --dump-tokens | --dump-code | --dis] FILE"
                    + " | adder -c CODE [args] | adder FILE.py [args]");
            return USAGE;
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("MemoryError");
            return 1;
        } catch (StackOverflowError e) {
            out.flush();
            err.println("InternalError: Java stack overflow (run with a larger -Xss)");
            return 1;
        } catch (RuntimeException | Error e) {
            out.flush();
            err.println("InternalError: " + oneLine(e.toString()));
            return 1;
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** {@code --dump-ast [--positions] FILE...}: one line per file, as the reference script. */
    private static int dumpAst(String[] args, PrintWriter out, PrintWriter err) {
        boolean positions = false;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--positions")) {
                positions = true;
            } else {
                files.add(args[i]);
            }
        }
        for (String file : files) {
            AstDumpCommand.Result result = AstDumpCommand.run(file, positions);
            if (result.isFatal()) {
                // The script dies with a traceback; the lines printed so far stay printed.
                out.flush();
                err.println(result.fatal());
                return 1;
            }
            out.println(result.line());
        }
        return 0;
    }

    /** {@code --dump-code FILE}: the code objects' layout, as shared/tools/cpython_code_dump.py prints it. */
    private static int dumpCode(String file, PrintWriter out, PrintWriter err) {
        CodeDumpCommand.Result result = CodeDumpCommand.run(file);
        if (result.isFatal()) {
            err.println(result.fatal());
            return 1;
        }
        result.lines().forEach(out::println);
        return 0;
    }

    /** {@code --dis FILE}: our bytecode, as {@code dis.dis(compile(source, FILE, "exec"))} prints CPython's. */
    private static int dis(String file, PrintWriter out, PrintWriter err) {
        DisCommand.Result result = DisCommand.run(file);
        if (result.isFatal()) {
            err.println(result.fatal());
            return 1;
        }
        out.print(result.text());
        return 0;
    }

    /** {@code --dump-tokens FILE}: every token up to ENDMARKER, or the error that stops the tokenizer. */
    private static int dumpTokens(String file, PrintWriter out, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err.println(AstDumpCommand.ioError(file, e).fatal());
            return 1;
        }
        Tokenizer tokenizer = new Tokenizer(Source.fromBytes(bytes, file));
        try {
            Token token;
            do {
                token = tokenizer.next();
                out.println(token);
            } while (token.type != TokenType.ENDMARKER);
        } catch (PythonSyntaxError e) {
            out.flush();
            err.println(e.pythonType() + ": " + e.msg() + " (line " + e.lineno() + ")");
            return 1;
        }
        return 0;
    }
}
