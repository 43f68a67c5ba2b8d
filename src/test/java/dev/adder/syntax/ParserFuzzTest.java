package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.adder.ast.Mod;

import java.util.Set;

/**
 * Fuzzes the front end with Jazzer: whatever the input, parsing must return a tree or throw a
 * {@link PythonSyntaxError}; any other exception, an {@code Error} such as StackOverflowError
 * included, is a finding.
 *
 * <p>In a plain {@code mvn test} run both methods replay their committed inputs (regression mode),
 * from {@code src/test/resources/dev/adder/syntax/ParserFuzzTestInputs/<method>/}. To fuzz, see
 * {@code docs/fuzzing.md}: {@code JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#parseBytes}.
 */
class ParserFuzzTest {
    /** The Python exception types the front end may raise (see PythonSyntaxError). */
    private static final Set<String> TYPES = Set.of("SyntaxError", "IndentationError", "TabError",
            "MemoryError", "RecursionError", "ValueError", "UnicodeEncodeError", "UnicodeDecodeError");

    /** Raw bytes, as {@code compile(bytes, "fuzz.py", "exec")} would read a file. */
    @FuzzTest(maxDuration = "10m")
    void parseBytes(byte[] input) {
        parseExpectingOnlySyntaxErrors(() -> Source.fromBytes(input, "fuzz.py"));
    }

    /**
     * Text glued from Python-ish fragments (keywords, brackets, quotes, indentation), which gets
     * the fuzzer past the tokenizer much faster than raw bytes do.
     */
    @FuzzTest(maxDuration = "10m")
    void parseFragments(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        while (data.remainingBytes() > 0 && sb.length() < 4096) {
            if (data.consumeBoolean()) {
                sb.append(FRAGMENTS[data.consumeInt(0, FRAGMENTS.length - 1)]);
            } else {
                sb.append(data.consumeString(8));
            }
        }
        String text = sb.toString();
        parseExpectingOnlySyntaxErrors(() -> Source.fromString(text, "fuzz.py"));
    }

    private static void parseExpectingOnlySyntaxErrors(java.util.function.Supplier<Source> source) {
        try {
            Mod tree = Parser.parseFile(source.get());
            assertNotNull(tree, "the parser returned null without an error");
        } catch (PythonSyntaxError e) {
            assertTrue(TYPES.contains(e.pythonType()), () -> "unexpected pythonType " + e.pythonType());
            assertNotNull(e.msg(), "a syntax error without a message");
            assertTrue(e.lineno() >= 0 && e.endLineno() >= 0, () -> "negative line in " + e);
        }
    }

    private static final String[] FRAGMENTS = {
        "\n", "\n", "\n", "    ", "    ", "\t", " ", " ", "\\\n", "#c\n", ";", ",", ":", ".", "...",
        "(", ")", "[", "]", "{", "}", "=", "==", ":=", "+=", "->", "*", "**", "/", "//", "@", "|", "&",
        "~", "-", "+", "<", ">=", "!=", "!", "%", "^", "<<",
        "x", "y", "_", "self", "match", "case", "type", "print", "None", "True", "False", "__debug__",
        "if ", "elif ", "else", "while ", "for ", " in ", "with ", " as ", "try", "except", "except*",
        "finally", "def ", "class ", "return", "yield", " from ", "import ", "lambda", "async ", "await ",
        "global ", "nonlocal ", "del ", "pass", "break", "continue", "raise ", "assert ", " and ",
        " or ", "not ", " is ", " if ", " else ",
        "0", "1", "0x1f", "1_000", "1.5e-3", "2j", "0o7", "0b1", "09", "1__",
        "'", "\"", "'''", "\"\"\"", "'s'", "b'b'", "r'\\d'", "f'", "f'{x}'", "f'{x!r:>{w}}'",
        "f'{", "}'", "rb'", "u'", "'\\N{DASH}'", "'\\x4'", "\u00e9", "\u20ac", "\u200b", "\ud83d\ude00",
    };
}
