package dev.adder.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subclasses of int, str, float, bytes, complex, tuple and frozenset against python3: each case is
 * one expression, evaluated after the class definitions below, printed as {@code type: repr} or as
 * {@code Error: message}.
 */
class BuiltinSubclassDifferentialTest {
    private static final String PRELUDE = """
            class I(int): pass
            class S(str): pass
            class F(float): pass
            class B(bytes): pass
            class C(complex): pass
            class T(tuple): pass
            class FS(frozenset): pass
            class R(int):
                def __repr__(self): return 'R!'
                def __add__(self, o): return 'R.add'
                def __eq__(self, o): return 'R.eq'
                __hash__ = int.__hash__
            def show(f):
                try:
                    r = f()
                    print(type(r).__name__ + ': ' + repr(r))
                except Exception as e:
                    print(type(e).__name__ + ': ' + str(e))
            """;

    private static final String CASES = """
            I(3) + 1
            1 + I(3)
            I(3) * I(2)
            I(7) // 2
            I(7) / 2
            I(2) ** 10
            -I(5)
            ~I(5)
            I(5) == 5
            5 < I(6)
            I(6) < 5.5
            hash(I(-1))
            {I(3): 'x'}[3]
            {3: 'y'}[I(3)]
            int(I(3))
            float(I(3))
            str(I(3))
            repr(I(3))
            I('12', 8)
            I(3.9)
            I()
            'abc'[I(1)]
            'abcdef'[I(1):I(4)]
            list(range(I(3)))
            [1, 2, 3][I(-1)]
            bin(I(5))
            f'{I(255):x}'
            '%d %5.1f' % (I(3), I(2))
            format(I(3), '03')
            I(12).bit_length()
            I(5).real
            divmod(I(7), I(2))
            pow(I(2), 5, I(3))
            sorted([I(3), 1, I(2)])
            S('ab') + 'c'
            'c' + S('ab')
            S('ab') * 2
            S('ab').upper()
            S('a,b').split(',')
            S('ab')[0]
            len(S('abc'))
            S('ab') == 'ab'
            'ab' == S('ab')
            {'ab': 1}[S('ab')]
            str(S('q'))
            repr(S('q'))
            '-'.join([S('x'), 'y'])
            'abc'.startswith(S('a'))
            S('b') in 'abc'
            int(S('42'))
            float(S('1.5'))
            f'{S("x"):>3}'
            '%s' % S('v')
            S(b'h\\xc3\\xa9', 'utf-8')
            F(1.5) + 1
            F(1.5) * F(2)
            F(2.5) == 2.5
            round(F(2.567), 2)
            int(F(2.9))
            float(F(2.9))
            F('nan') == F('nan')
            F(1).is_integer()
            f'{F(3.14159):.2f}'
            B(b'hi') + b'!'
            b'!' + B(b'hi')
            B(b'hi').upper()
            B(b'hi')[0]
            bytes(B(b'hi'))
            B(b'a') == b'a'
            B(3)
            B('x', 'ascii')
            b'-'.join([B(b'a'), b'b'])
            C(1, 2) + 1
            C(1, 2) * C(0, 1)
            C(3, 4).real
            abs(C(3, 4))
            complex(C(1, 2))
            C('1+2j')
            T([1, 2]) + (3,)
            T([1, 2]) == (1, 2)
            T('ab')
            T([1])[0]
            FS([1, 2]) | {3}
            FS([1]) == frozenset([1])
            R(1) + 1
            1 + R(1)
            R(1) == 1
            1 == R(1)
            repr(R(1))
            str(R(1))
            f'{R(1)}'
            R(1) * 2
            I(1) + 'a'
            'a' + I(1)
            S('a') < 1
            I('x')
            S(1, 2, 3, 4)
            int.__new__(S, 1)
            str.upper(I(1))
            type('X', (bool,), {})
            type('X', (int, str), {})
            type('X', (I,), {'__slots__': ('a',)})
            isinstance(I(1), int)
            type(I(1)) is I
            bool(I(0))
            bool(S(''))
            bool(F(0.5))
            """;

    @Test
    void matchesPython3() {
        Python3.assumeAvailable();
        List<String> cases = CASES.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        StringBuilder program = new StringBuilder(PRELUDE);
        for (String c : cases) {
            program.append("show(lambda: ").append(c).append(")\n");
        }
        String source = program.toString();
        List<String> expected = Python3.run(source);
        List<String> actual = ProgramsTest.run(source, "").lines().toList();
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<missing>";
            String a = i < actual.size() ? actual.get(i) : "<missing>";
            if (!e.equals(a)) {
                diffs.add((i < cases.size() ? cases.get(i) : "?") + "\n  python3: " + e + "\n  adder:   " + a);
            }
        }
        assertEquals("", String.join("\n", diffs));
    }
}
