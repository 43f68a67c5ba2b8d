package dev.adder.objects;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The methods and constructors of int, bool, float, complex, str and bytes, compared with python3. */
class TypeMethodsDifferentialTest {
    private static final String[] STRINGS = {
        "''", "'abc'", "'  Hello World  '", "'a,b,,c'", "'ǅungla straße'", "'\\tx\\ny\\r\\nz'", "'ΑΒΓ αβγ'",
        "'x\\U0001f600y'", "'123'", "'½²'", "'Title Case'", "'aAbB'", "'\\u0130i'", "'abcabc'",
    };

    @Test
    void strMethods() {
        String[] calls = {
            "upper()", "lower()", "casefold()", "capitalize()", "title()", "swapcase()", "isalpha()", "isdecimal()",
            "isdigit()", "isnumeric()", "isalnum()", "isspace()", "isascii()", "isprintable()", "isidentifier()",
            "islower()", "isupper()", "istitle()", "find('b')", "find('b', 2)", "rfind('c', 0, -1)", "index('a')",
            "rindex('c')", "count('a')", "count('')", "startswith('a')", "startswith(('x', 'ab'))", "endswith('c', 1)",
            "center(9, '*')", "ljust(7)", "rjust(8, '-')", "zfill(6)", "strip()", "lstrip(' Ha')", "rstrip('cd ')",
            "expandtabs(4)", "replace('a', 'XY')", "replace('', '-', 3)", "removeprefix('ab')", "removesuffix('bc')",
            "split()", "split(',')", "split(',', 1)", "rsplit(None, 1)", "rsplit('b')", "splitlines()",
            "splitlines(True)", "partition('b')", "rpartition('b')", "encode()", "encode('ascii', 'replace')",
            "encode('latin-1', 'ignore')", "join(['1', '2'])", "translate({97: 'A', 98: None})", "__len__()",
            "__getitem__(0)", "__contains__('b')", "__add__('!')", "__mul__(2)", "__rmul__(2)", "__mod__(())",
            "__eq__('abc')", "__lt__(1)", "__hash__() == hash(%s)", "__repr__()", "__str__()", "__format__('>6')",
            "format()", "upper(1)", "center()", "find()", "split(x=1)", "join()", "zfill('a')", "strip(1)",
            "replace('a')", "startswith(1)", "encode('nope')", "center(3, 'ab')",
        };
        List<String> exprs = new ArrayList<>();
        for (String s : STRINGS) {
            for (String c : calls) {
                exprs.add("(" + s + ")." + c.replace("%s", s));
            }
            for (String k : new String[] {"0", "-1", "1:3", "::-1", "::2", "5", "'a'", "1.5", "True"}) {
                exprs.add("(" + s + ")[" + k + "]");
            }
        }
        exprs.addAll(List.of("str.upper(5)", "str.upper()", "str.maketrans('ab', 'cd', 'e')", "str.maketrans({'a': 1})",
                "str.maketrans('a', 1)", "str.maketrans(1)", "'a'.join([1])", "'a'.join(5)", "'%s'.join(('x', 'y'))",
                "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'{'.format()", "'}'.format()", "'{2}'.format(1)",
                "'{x}'.format()", "'{0.real}'.format(1)", "'{0[1]}'.format([1, 2])", "'{0!x}'.format(1)",
                "'{0:{1}}'.format(1, 5)", "'{!r:>5}'.format('a')", "'{0[a]}'.format({'a': 1})",
                "'{0:{1:{2}}}'.format(1, 2, 3)", "'{0.}'.format(1)", "'{0[}'.format(1)", "'{0!}'.format(1)",
                "'{0!rr}'.format(1)", "'{:d}'.format('a')", "'{a.b}'.format(a=1)", "'{0[0]}'.format('ab')",
                "'{}'.format()", "'{} {}'.format(1.5, 'x')", "'{:>{w}.{p}f}'.format(3.14159, w=10, p=2)",
                "'{{}} {}'.format(1)", "'{a}'.format_map({'a': 2})", "'{0}'.format_map({})",
                "'{:,}'.format(1234567)", "'{!a}'.format('é')", "'{0:x} {0:o} {0:b}'.format(255)",
                "str(b'ab', 'ascii')", "str(b'\\xff', 'utf-8', 'replace')", "str('a', 'utf-8')", "str(1, 'utf-8')",
                "str()", "str(1, 2, 3, 4)", "str(object=5)", "str(1.5)", "str(None)", "str(2**70)", "str(-0.0)",
                "str(1j)", "str(True)", "str(b'a')", "'é'.encode()", "'é'.encode('ascii')", "'aéé'.encode('ascii')",
                "'\\ud800'.encode()", "b'\\xe4\\x41'.decode()", "b'\\xe4\\xb8'.decode()", "b'\\xed\\xa0\\x80'.decode()",
                "b'\\xf0\\x80'.decode()", "b'a\\xff'.decode('ascii')", "b'\\xe0\\x80\\x80'.decode('utf-8', 'replace')",
                "b'\\xc3\\xa9'.decode('UTF8')", "b'a'.decode('xyz')", "'x'.encode('ascii', 'bad')",
                "'x'.encode(errors=1)", "'Grüße'.encode('utf-16')", "'Grüße'.encode('utf-16-be')",
                "'a\\U0001f600'.encode('utf-32')", "'a'.encode('UTF_16LE')", "b'\\xff\\xfea\\x00'.decode('utf-16')",
                "b'a\\x00b'.decode('utf-16-le')", "b'a\\x00'.decode('utf-16')", "'\\ud800'.encode('utf-16-le')",
                "getattr(UnicodeEncodeError, '__name__')", "bool.__new__(bool, 1, 2)", "int.__new__(str)",
                "int.__new__(1)", "int.__new__()", "repr(ValueError.__new__(ValueError, 1))", "int.__new__(bool, 5)", "ascii('é\\U0001f600')", "'a' in 'abc'", "1 in 'abc'", "'abc'[::-1]"));
        ExprDifferential.check(exprs);
    }

    @Test
    void numberMethods() {
        List<String> exprs = new ArrayList<>(List.of(
                "(255).bit_length()", "(-2**70).bit_length()", "(7).bit_count()", "(5).conjugate()", "(5).real",
                "(5).imag", "(5).numerator", "(5).denominator", "(-5).as_integer_ratio()", "True.real",
                "(1024).to_bytes(2, 'big')", "(1024).to_bytes(2, 'little')", "(-1).to_bytes(2, 'big', signed=True)",
                "(256).to_bytes()", "(-1).to_bytes(1, 'big')", "(1).to_bytes(-1, 'big')", "(1).to_bytes(1, 'x')",
                "(1).to_bytes(1, 'big', True)", "int.from_bytes(b'\\xff\\x01', 'little', signed=True)",
                "int.from_bytes(b'\\x01\\x00')", "int.from_bytes('ab')", "int.from_bytes([1, 2])", "int.from_bytes()",
                "(1).__add__(2)", "(1).__add__(2.0)", "int.__add__(1.0, 2)", "int.__add__(1)", "(1).__radd__(5)",
                "(7).__floordiv__(2)", "(7).__rtruediv__(2)", "(2).__pow__(10)", "(2).__pow__(10, 7)",
                "(3).__rpow__(2)", "(-3).__neg__()", "(3).__invert__()", "(3).__index__()", "(3).__float__()",
                "(3).__round__(-1)", "(15).__round__(-1)", "(25).__round__(-1)", "(3).__trunc__()", "(3).__eq__(3.0)",
                "(3).__lt__(4)", "(3).__bool__()", "(0).__bool__()", "(3).__format__('05d')", "(3).__divmod__(2)",
                "True.__and__(False)", "True.__or__(1)", "True.__and__(1.5)", "True.__repr__()", "(1).bit_length(2)",
                "int.bit_length()", "int.bit_length('a')", "(1).__neg__(1)",
                "int()", "int('  -12_3 ')", "int('ff', 16)", "int('0x1F', 0)", "int('z', 36)", "int('9', 8)",
                "int('5', 40)", "int('5', base=2.0)", "int(base=2)", "int(x=1)", "int(1, 2)", "int(3.99)",
                "int(-3.99)", "int(1e20)", "int(float('nan'))", "int(float('inf'))", "int(None)", "int([])", "int(b'12')",
                "int(True)", "int('')", "int('1' * 5000)",
                "float()", "float('  1e3 ')", "float('inf')", "float('-nan')", "float('1_000.5')", "float('x')",
                "float(b'1.5')", "float(None)", "float(1, 2)", "float(x=1)", "float(2**1000)", "float(2**1024)",
                "(1.5).is_integer()", "(2.0).is_integer()", "(0.1).as_integer_ratio()", "(-2.5).as_integer_ratio()",
                "float('inf').as_integer_ratio()", "(1.5).hex()", "(-0.0).hex()", "(5e-324).hex()", "(1e308).hex()",
                "float.fromhex('0x1.8p1')", "float.fromhex(' -0X1.FFFFFFFFFFFFFP+1023 ')", "float.fromhex('0x1p-1074')",
                "float.fromhex('inf')", "float.fromhex('1.')", "float.fromhex('0x1p99999')", "float.fromhex('zz')",
                "float.fromhex('0x.8')", "float.fromhex()", "(1.5).conjugate()", "(1.5).real", "(1.5).imag",
                "(2.5).__round__()", "(3.5).__round__()", "(2.675).__round__(2)", "(1.5).__int__()", "(-1.5).__floor__()",
                "(-1.5).__ceil__()", "(1.5).__trunc__()", "(1.5).__add__(1)", "(1.5).__add__('a')", "(1.5).__rsub__(1)",
                "(1.5).__mod__(0.0)", "(1.5).__format__('.3e')", "float.__add__(1, 2.0)", "(1.5).hex(1)",
                "(2.0).__pow__(0.5)", "(-8.0).__pow__(0.5)",
                "complex()", "complex(1)", "complex(1, 2)", "complex('1+2j')", "complex(' (1-2.5j) ')", "complex('j')",
                "complex('-j')", "complex('1e3j')", "complex('inf+nanj')", "complex('1+j')", "complex('x')",
                "complex('1', 2)", "complex(1, '2')", "complex([])", "complex(1j, 1j)", "complex(real=1, imag=2)",
                "complex(1.5)", "(1+2j).real", "(1+2j).imag", "(1+2j).conjugate()", "abs(3+4j)", "abs(1e308+1e308j)",
                "(1+2j) * (3-4j)", "(1+2j) / (3-4j)", "1 / (0j)", "(1+2j) ** 2", "(1+2j) ** 0.5", "(1+2j) ** (1+1j)",
                "(0j) ** 0", "(1+2j).__add__(1)", "(1+2j).__radd__(1.5)", "(1+2j).__eq__(1)", "(1+2j).__lt__(1)",
                "repr(-0.0+0j)", "repr(complex(-0.0, -0.0))", "repr(complex(0.0, -1))", "repr(1e20j)", "repr(1e16+1j)",
                "-(1+2j)", "+(1+2j)", "bool(0j)", "bool(1j)", "format(1j)", "(1j).__format__('')",
                "format(1+2j, '>12')", "format(-0.0-1j, '.2f')", "format(2j, '+.1e')", "format(complex(-1.5, 0), 'g')",
                "format(1+2j, '.3')", "format(2j, '^20')", "format(1+2j, ' ')", "format(12345.5+2j, ',.1f')",
                "format(1+2j, '010')", "format(1+2j, '0>10')", "format(1+2j, '=10')", "format(1+2j, '%')", "format(1+2j, 'd')",
                "format(1+2j, 'x<12.1f')", "format(1+2j, '#g')", "format(complex('inf+nanj'), 'F')",
                "bool()", "bool(0)", "bool('')", "bool('x')", "bool(1, 2)", "bool(x=1)", "repr(True)", "True + 1",
                "type(True)", "type(1)", "type(1.5)", "type('')", "type(b'')", "type(1j)", "type(int)", "type(None)"));
        ExprDifferential.check(exprs);
    }

    @Test
    void bytesMethods() {
        List<String> exprs = new ArrayList<>(List.of(
                "bytes()", "bytes(3)", "bytes(-1)", "bytes([65, 66])", "bytes([256])", "bytes(['a'])", "bytes('a')",
                "bytes('é', 'utf-8')", "bytes(3, 'ascii')", "bytes(x=1)", "bytes(None)", "bytes(1.5)", "bytes(b'ab')",
                "b'abc'[1]", "b'abc'[-1]", "b'abc'[1:]", "b'abc'[::-1]", "b'abc'['a']", "b'abc'[5]", "b'a' in b'abc'",
                "97 in b'abc'", "'a' in b'abc'", "256 in b'a'", "len(b'abc')", "b'a b\\tc'.split()",
                "b'a,b,,c'.split(b',')", "b'a,b,,c'.rsplit(b',', 1)", "b'  a  b  '.rsplit(None, 1)",
                "b'a\\x85b'.split()", "b'a'.find('a')", "b'abc'.find(98)", "b'abc'.find(b'c')", "b'abc'.rfind(b'')",
                "b'abc'.index(b'z')", "b'abc'.count(b'')", "b'a'.startswith('a')", "b'ab'.startswith((b'x', b'a'))",
                "b'ab'.endswith(b'b')", "b'a'.ljust(3, 'x')", "b'a'.ljust(3, b'xy')", "b'a'.center(5)",
                "b'a'.rjust(4, b'*')", "b'7'.zfill(3)", "b'a'.join([b'x', b'y'])", "b'a'.join([b'x', 'y'])",
                "b'abc'.replace(b'b', b'XY')", "b'a'.replace('a', 'b')", "b'xx a xx'.strip(b'x')", "b'  a '.strip()",
                "b'x'.strip('x')", "b'  a '.lstrip()", "b'  a '.rstrip()", "b'aBc Def'.title()", "b'aBc'.upper()",
                "b'aBc'.lower()", "b'Ab'.swapcase()", "b'hello world'.capitalize()", "b'a\\tb'.expandtabs()",
                "b'a\\nb\\r\\nc\\rd'.splitlines()", "b'a\\nb\\r\\n'.splitlines(True)", "b'a-b'.partition(b'-')",
                "b'a-b-c'.rpartition(b'-')", "b'a'.partition(b'')", "b'abc'.removeprefix(b'a')",
                "b'abc'.removesuffix(b'c')", "b'ab'.hex()", "b'ab'.hex(':')", "b'abcde'.hex(':', 2)",
                "b'abcde'.hex(':', -2)", "bytes.fromhex('61 62')", "bytes.fromhex('zz')", "bytes.fromhex('a')",
                "b'a'.decode(1)", "b'abc'.isalpha()", "b'a1'.isalnum()", "b'12'.isdigit()", "b' '.isspace()",
                "b'Ab'.istitle()", "b'AB'.isupper()", "b'ab'.islower()", "b'\\xff'.isascii()", "b''.isalpha()",
                "bytes.maketrans(b'a', b'b')[97]", "b'abc'.translate(None, b'b')",
                "b'abc'.translate(bytes.maketrans(b'abc', b'xyz'))", "b'a' + b'b'", "b'a' + 'b'", "b'ab' * 2",
                "3 * b'x'", "b'a' < b'b'", "b'a' < 'b'", "b'a' == 'a'", "b'a' == b'a'", "repr(b'\\x00\\'\"')",
                "repr(b\"'\")", "b'a'.upper(1)", "b'%d %s' % (1, b'x')", "b'%s' % 'x'", "b'%r' % 'x'",
                "b'%x' % 255", "b'%c' % 65", "b'ab'.__len__()", "b'ab'.__getitem__(0)", "b'a'.__add__(1)",
                "str(b'ab')", "b'ab'.__hash__() == hash(b'ab')", "bytes.__len__(b'abc')"));
        ExprDifferential.check(exprs);
    }

    @Test
    void objectsTypesAndExceptions() {
        List<String> exprs = new ArrayList<>(List.of(
                "int.__name__", "int.__qualname__", "int.__module__", "int.__mro__", "bool.__mro__", "int.__bases__",
                "bool.__base__", "object.__base__", "object.__bases__", "ValueError.__mro__", "int.x",
                "(1).x", "getattr(1, 'real')", "setattr(1, 'real', 2)", "setattr(1, 'x', 2)", "setattr(int, 'x', 1)",
                "setattr(int, '__name__', 'x')", "setattr('a', 'upper', 1)", "delattr(1, 'x')", "delattr(1, 'real')",
                "delattr(int, 'x')", "setattr(1j, 'real', 2)", "setattr(object(), 'x', 1)", "(1).__class__",
                "object.__repr__(1)[:12]", "object.__eq__(1, 1)", "object.__ne__(1, 2)", "object.__lt__(1, 2)",
                "object.__format__(1, '')", "object.__format__(1, 'x')", "format(object(), 'x')", "object(1)",
                "object.__init__(1, 2)", "object.__new__(object).__class__", "object.__new__(1)",
                "type.__repr__(int)", "repr(int)", "repr(ValueError)", "int.mro()", "type(int).__name__",
                "int.__call__('5')", "type.__call__(int, '6')", "5()", "'a'()",
                "ValueError('x')", "repr(ValueError('x'))", "repr(ValueError())", "repr(ValueError(1, 2))",
                "str(ValueError('x'))", "str(ValueError())", "str(ValueError(1, 2))", "str(KeyError('a'))",
                "str(KeyError())", "str(KeyError(1, 2))", "repr(KeyError('a'))", "ValueError('x').args",
                "ValueError().args", "ValueError(1, 2).args", "ValueError(x=1)", "KeyError('k').args[0]",
                "ValueError('a').__cause__", "ValueError('a').__context__", "ValueError('a').__suppress_context__",
                "ValueError('a').__traceback__", "ValueError('a').with_traceback(None)", "ValueError('a').add_note(1)",
                "ValueError('a').add_note('n')", "ValueError('a').__notes__", "setattr(ValueError(), 'args', 5)",
                "setattr(ValueError(), '__cause__', 1)", "setattr(ValueError(), '__context__', 1)",
                "setattr(ValueError(), '__traceback__', 1)", "BaseException.__init__(ValueError(), 1, 2)",
                "StopIteration(5).value", "StopIteration().value", "SystemExit(2).code", "SystemExit().code",
                "SystemExit(1, 2).code", "ValueError.__name__", "ZeroDivisionError.__mro__",
                "ValueError.__str__(ValueError(1))", "BaseException.__repr__(KeyError('a'))",
                "hash(ValueError) == hash(ValueError)", "type(ValueError('x'))", "ValueError('x') == ValueError('x')",
                "NotImplemented", "repr(None)", "None.__class__", "1 .real", "int.real.__class__.__name__",
                "str.upper.__class__.__name__", "'a'.upper.__class__.__name__", "int.from_bytes.__class__.__name__",
                "repr(str.upper)", "str.upper.__name__", "str.upper.__qualname__", "str.upper.__objclass__",
                "repr(len)", "len.__name__", "'a'.upper.__name__", "'a'.upper.__qualname__", "'a'.upper.__self__",
                "repr(1).upper.__self__", "None.__bool__()", "repr(NotImplemented)", "bool(None)",
                "ExceptionGroup('many', [ValueError('a'), TypeError('b')])",
                "str(ExceptionGroup('many', [ValueError('a'), TypeError('b')]))",
                "str(ExceptionGroup('one', [ValueError('a')]))",
                "ExceptionGroup('many', [ValueError('a'), TypeError('b')]).exceptions",
                "ExceptionGroup('many', [ValueError('a'), TypeError('b')]).message",
                "ExceptionGroup('many', [ValueError('a'), TypeError('b')]).args",
                "ExceptionGroup('m', [ValueError('a'), ExceptionGroup('n', [TypeError('b'), ValueError('c')])]).split(ValueError)",
                "ExceptionGroup('m', [ValueError('a'), TypeError('b')]).split((KeyError, TypeError))",
                "ExceptionGroup('m', [ValueError('a')]).split(ValueError)[1]",
                "ExceptionGroup('m', [ValueError('a')]).subgroup(KeyError)",
                "ExceptionGroup('m', [ValueError('a')]).derive([KeyError('k')])",
                "ExceptionGroup('m', [ValueError('a')]).derive([KeyboardInterrupt()])",
                "ExceptionGroup('m')", "ExceptionGroup(1, [ValueError()])", "ExceptionGroup('m', 5)",
                "ExceptionGroup('m', [])", "ExceptionGroup('m', [1])", "ExceptionGroup('m', [KeyboardInterrupt()])",
                "BaseExceptionGroup('m', [KeyboardInterrupt()])", "ExceptionGroup.__mro__"));
        ExprDifferential.check(exprs);
    }
}
