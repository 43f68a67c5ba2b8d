package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Differential test: every {@code .py} file of the local CPython 3.11 standard library
 * (site-packages excluded) is tokenized by {@link Tokenizer} and by python3's {@code tokenize}
 * module (one python3 process for all files; COMMENT, NL and ENCODING dropped, OP mapped to its
 * exact type); the files whose token types, strings or positions differ are counted.
 *
 * <p>Files {@code ast.parse} rejects are skipped (tokenize.py accepts some of what the C
 * tokenizer rejects). tokenize's columns count characters; for non-ASCII files the script turns
 * them into UTF-8 byte columns, the C tokenizer's. The known differences between {@code Lib/tokenize.py} and the C tokenizer
 * are normalized, and only these:
 * <ul>
 *   <li>NEWLINE: the C token is zero-width at the {@code \n} (starting at a comment before it,
 *       whose text it then holds); tokenize's starts at the {@code \n}. Compared: tokenize's start
 *       with the C token's end.</li>
 *   <li>INDENT, DEDENT, ENDMARKER: the C tokens have no columns (-1); tokenize's span the
 *       indentation or sit at the next token. Compared: the line only. At the end of the file
 *       tokenize puts DEDENT and ENDMARKER on the line after the last; the C tokenizer stays on
 *       the last line. Compared: tokenize's line clamped to the file's line count.</li>
 * </ul>
 */
class TokenizerStdlibDiffTest {
    private static final String SCRIPT = String.join("\n",
            "import sys, os, io, ast, tokenize, sysconfig, warnings",
            "from multiprocessing import Pool",
            "warnings.simplefilter('ignore')",
            "def files():",
            "    root = sysconfig.get_paths()['stdlib']",
            "    out = []",
            "    for d, dns, fns in os.walk(root):",
            "        dns[:] = sorted(x for x in dns if x not in ('site-packages', '__pycache__'))",
            "        out.extend(os.path.join(d, f) for f in sorted(fns) if f.endswith('.py'))",
            "    return out",
            "def esc(s):",
            "    return s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n').replace('\\r', '\\\\r')",
            "def work(path):",
            "    warnings.simplefilter('ignore')",
            "    try:",
            "        b = open(path, 'rb').read()",
            "    except OSError:",
            "        return 'S unreadable ' + path",
            "    lines = None",
            "    if not b.isascii():",
            "        try:",
            "            enc = tokenize.detect_encoding(io.BytesIO(b).readline)[0]",
            "            lines = b.decode(enc).split('\\n')",
            "        except (SyntaxError, LookupError, UnicodeDecodeError):",
            "            return 'S bad-encoding ' + path",
            "    def bcol(row, col):",
            "        if lines is None or row > len(lines):",
            "            return col",
            "        return len(lines[row - 1][:col].encode('utf-8'))",
            "    out = ['F ' + path]",
            "    try:",
            "        for t in tokenize.tokenize(io.BytesIO(b).readline):",
            "            if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):",
            "                continue",
            "            if t.type == tokenize.ERRORTOKEN:",
            "                return 'S tokenize-errortoken ' + path",
            "            out.append('%d %d %d %d %d %s' % (t.exact_type, t.start[0], bcol(*t.start), t.end[0],"
                    + " bcol(*t.end), esc(t.string)))",
            "    except Exception:",
            "        return 'S tokenize-error ' + path",
            "    out.append('E')",
            "    return '\\n'.join(out)",
            "def check(paths):",
            "    for path in paths:",
            "        try:",
            "            ast.parse(open(path, 'rb').read())",
            "            print('OK ' + path)",
            "        except (SyntaxError, ValueError, RecursionError, MemoryError):",
            "            print('INVALID ' + path)",
            "if __name__ == '__main__' and len(sys.argv) > 1:",
            "    check(sys.argv[1:])",
            "elif __name__ == '__main__':",
            "    with Pool(max(1, min(4, os.cpu_count() or 1))) as pool:",
            "        for r in pool.imap(work, files(), chunksize=8):",
            "            sys.stdout.write(r + '\\n')",
            "");

    @Test
    void stdlibTokensMatchTokenizeModule() throws Exception {
        Python3.assumeAvailable();
        Path script = Files.createTempFile("adder-tokdiff", ".py");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        int files = 0;
        int skipped = 0;
        long tokens = 0;
        long javaNanos = 0;
        List<String> diffs = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        try {
            ProcessBuilder pb = new ProcessBuilder("python3", script.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                String path = null;
                List<String> expected = new ArrayList<>();
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("S ")) {
                        skipped++;
                    } else if (line.startsWith("F ")) {
                        path = line.substring(2);
                        expected.clear();
                    } else if (line.equals("E")) {
                        files++;
                        byte[] bytes = Files.readAllBytes(Path.of(path));
                        long t0 = System.nanoTime();
                        List<Token> actual = new ArrayList<>();
                        PythonSyntaxError error = tokenize(bytes, path, actual);
                        javaNanos += System.nanoTime() - t0;
                        tokens += actual.size();
                        if (error != null) {
                            // tokenize.py is laxer than the C tokenizer: ask CPython's parser below.
                            rejected.add(path);
                            continue;
                        }
                        String diff = compare(expected, actual, Source.fromBytes(bytes, path).lineCount());
                        if (diff != null) {
                            diffs.add(path + ": " + diff);
                        }
                    } else {
                        expected.add(line);
                    }
                }
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "the python3 tokenize script failed");
            int rejectedByBoth = 0;
            if (!rejected.isEmpty()) {
                List<String> command = new ArrayList<>(List.of("python3", script.toString()));
                command.addAll(rejected);
                for (String verdict : Python3.runCommand(command)) {
                    if (verdict.startsWith("INVALID ")) {
                        rejectedByBoth++;
                    } else {
                        diffs.add(verdict.substring(3) + ": rejected by Tokenizer, accepted by ast.parse");
                    }
                }
            }
            System.out.printf("TokenizerStdlibDiffTest: %d files compared (%d skipped, %d rejected by both "
                    + "Tokenizer and ast.parse), %d tokens in %d ms, %d files differ%n", files - rejectedByBoth,
                    skipped, rejectedByBoth, tokens, javaNanos / 1_000_000, diffs.size());
        } finally {
            Files.deleteIfExists(script);
        }
        diffs.stream().limit(20).forEach(d -> System.out.println("  " + d));
        assertTrue(files > 1000, "too few stdlib files compared: " + files);
        assertEquals(0, diffs.size(), "files whose tokens differ from tokenize's:\n"
                + String.join("\n", diffs.subList(0, Math.min(20, diffs.size()))));
    }

    /** Tokenizes into {@code out}; returns the error that stopped it, or null. */
    private static PythonSyntaxError tokenize(byte[] bytes, String path, List<Token> out) {
        try {
            Tokenizer t = new Tokenizer(Source.fromBytes(bytes, path));
            while (true) {
                Token k = t.next();
                out.add(k);
                if (k.type == TokenType.ENDMARKER || k.type == TokenType.ERRORTOKEN) {
                    return null;
                }
            }
        } catch (PythonSyntaxError e) {
            return e;
        }
    }

    /** The first difference, or null; see the class comment for the normalized fields. */
    static String compare(List<String> expected, List<Token> actual, int lineCount) {
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (i >= expected.size()) {
                return "extra token " + actual.get(i);
            }
            if (i >= actual.size()) {
                return "missing token " + expected.get(i);
            }
            String[] e = expected.get(i).split(" ", 6);
            int type = Integer.parseInt(e[0]);
            int srow = Integer.parseInt(e[1]);
            int scol = Integer.parseInt(e[2]);
            int erow = Integer.parseInt(e[3]);
            int ecol = Integer.parseInt(e[4]);
            String string = unescape(e[5]);
            Token a = actual.get(i);
            int atype = a.type >= TokenType.KEYWORD_BASE ? TokenType.NAME : a.type;
            boolean same;
            if (atype != type) {
                same = false;
            } else if (type == TokenType.NEWLINE) {
                same = a.end_lineno == srow && a.end_col_offset == scol;
            } else if (type == TokenType.INDENT) {
                same = a.lineno == srow;
            } else if (type == TokenType.DEDENT || type == TokenType.ENDMARKER) {
                same = a.lineno == Math.min(srow, lineCount);
            } else {
                same = a.lineno == srow && a.col_offset == scol && a.end_lineno == erow && a.end_col_offset == ecol
                        && a.string.equals(string);
            }
            if (!same) {
                return "token " + i + ": tokenize " + expected.get(i) + " vs " + a;
            }
        }
        return null;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(d == 'n' ? '\n' : d == 'r' ? '\r' : d);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
