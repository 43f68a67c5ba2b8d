package dev.adder.syntax;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * String and f-string errors: type, message, and location (lineno, offset, end_lineno, end_offset)
 * compared with CPython 3.11's {@code compile(src, "f.py", "exec")}.
 */
class StringErrorTest {
    private static final String ORACLE = """
            import sys, platform, warnings
            warnings.simplefilter("ignore")
            print(platform.python_version())
            for line in open(sys.argv[1]):
                src = bytes.fromhex(line.strip()).decode()
                try:
                    compile(src, "f.py", "exec")
                    print("OK")
                except SyntaxError as e:
                    print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)
            """;

    static final String[] CASES = {
        // decoding
        "x = '\\x1'", "x = 'a' '\\x1' + 1", "x = '\\x1' 'a'", "x = b'\\x1'", "x=b'é'", "x = 'a' b'b'",
        "x = 'a' b'b' + 1", "x = '\\N{foo}'", "x = '\\u12'", "x = '\\U1234'", "x = '\\U11111111'", "x= '\\N'",
        "x = '\\N{'", "x = b'a' '\\x1'", "x = ( 'abc\\x'\n)", "x = 'é\\x1'", "x=b'é' b'a' + 1", "x=b'a' b'é' + 1",
        "x = (b'a'\nb'\\x1'\n+1)", "x = f'{x}' b'a'", "x = b'a' f'{x}'", "x = ('a',\n  b'b'\n  'c')",
        "if x:\n    y = '\\x'\n", "x = 'ü' 'é\\N{nope}' 'ü'", "x = '''\n\\x'''",
        "def f():\n    return b'é'", "x = b'\\x'", "é = 'é' b'é'",
        // f-string splitting
        "f'{'", "f'}'", "f'{x'", "f'{x!'", "f'{x!z}'", "f'{x!rr}'", "f'{x:'", "f'{}'", "f'{ }'", "f'{\\n}'",
        "f'{#}'", "f'{x)}'", "f'{(x}'", "f'{x]}'", "f'{[x)}'", "f'{x}}'", "f'{\"x}'", "f'{x:{y:{z}}}'",
        "x = f'{!r}'", "x = f'{:x}'", "x = f'{=}'", "f'''{\n!r}'''", "f'\\x1{x}'", "f'{x}\\x'",
        "f'{x:\\x1}'", "f'\\N{foo}{x}'", "x = (f'{a}'\n     f'{b!x}')", "x = f'{a}' + 1 + f'{'",
        "x = [f'{a}',\n     f'{b}}']", "x = f'{a:{b:{c}}}'", "f'{a!r=}'", "é = f'{é!x}'",
    };

    /** Errors the nested parser of a replacement field raises (ParserBase/Parser's side). */
    static final String[] NESTED_CASES = {
        "f'{a b}'", "f'{lambda x: 1}'", "f'{x:=1}'+f'{y y}'", "f'{*}'", "f'{a +}'",
        "x = (1,\n    f'''ab\n   {a b}''')", "f'{a:{b c}}'", "f'{f\"{a b}\"}'", "f'{é é}'", "f'''{\na b}'''",
        "f'{import}'", "f'{1 +* 2}'", "f'{)}'", "x = f'{a[}'",
    };

    @Test
    void errorsMatchCPython() {
        compare(List.of(CASES));
    }

    @Test
    void nestedParserErrorsMatchCPython() {
        compare(List.of(NESTED_CASES));
    }

    /** Invalid UTF-8 behind string literals (written here as Latin-1 chars, one per byte). */
    static final String[] BYTE_CASES = {
        "x = '\u00ff'\n", "x = b'\u00ff'\n", "x = f'{x}\u00ff'\n", "x = 'a\u00c3' + 1\n",
        "x = 'ab\\n\u00e9\u00ff'\n", "x = r'ab\\n\u00c3\u00a9\u00ff'\n", "x = 'ab\\n\u00c3\u00a9\u00ff\u00ff'\n",
        "x = 'ok' '\u00c3\u00a9' '\u00ed\u00a0\u0080'\n", "x = f'\u00c3\u00a9{x}\u00f0\u009f\u0098'\n",
        "x = rf'a\\{x}b\u00f0\u009f\u0098'\n", "x = '\\x1\u00ff'\n", "x = ('''\n\u00ff''')\n",
        "x = '\u00ef\u00bf\u00bd'\n", "x = f'{x:\u00ff}'\n", "x = f'\\N{DIGIT ONE}\u00c3'\n",
    };

    @Test
    void invalidUtf8MatchesCPython() {
        List<byte[]> inputs = new ArrayList<>();
        for (String c : BYTE_CASES) {
            inputs.add(c.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        List<String> expected = StringPython.runBytes(ORACLE.replace(".decode()", ""), inputs);
        assertEquals(inputs.size(), expected.size());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            // the message and line are this layer's; the columns of an error on a line holding
            // invalid UTF-8 are the error machinery's (Source.charOffset), compared elsewhere
            String actual = withoutColumns(outcome(Source.fromBytes(inputs.get(i), "f.py")));
            if (!actual.equals(withoutColumns(expected.get(i)))) {
                failures.add(BYTE_CASES[i] + "\n  expected " + expected.get(i) + "\n  actual   " + actual);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + inputs.size() + " differ:\n"
                + String.join("\n", failures));
    }

    private static String withoutColumns(String outcome) {
        String[] f = outcome.split(" ", 6);
        return f.length < 6 ? outcome : f[0] + " " + f[1] + " " + f[3] + " " + f[5];
    }

    private static String outcome(Source source) {
        try {
            Parser.parseFile(source);
            return "OK";
        } catch (PythonSyntaxError e) {
            return e.pythonType() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " "
                    + e.endOffset() + " " + e.msg();
        }
    }

    private static void compare(List<String> cases) {
        List<String> expected = StringPython.run(ORACLE, cases);
        assertEquals(cases.size(), expected.size());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String actual = outcome(Source.fromString(cases.get(i), "f.py"));
            if (!actual.equals(expected.get(i))) {
                failures.add(cases.get(i) + "\n  expected " + expected.get(i) + "\n  actual   " + actual);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " differ:\n"
                + String.join("\n", failures));
    }
}
