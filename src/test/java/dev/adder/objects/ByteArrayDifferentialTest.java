package dev.adder.objects;

import org.junit.jupiter.api.Test;

/**
 * bytearray against python3: constructors, every method, item and slice assignment and deletion with their CPython errors, operators, comparisons with bytes, {@code %}-formatting, {@code __alloc__}, subclasses. Each line is {@code "stmt; ...; expr"}, run by
 * {@link ByteArrayPrograms} with python3 and with Adder.
 */
class ByteArrayDifferentialTest {
    private static final String CASES = """
            bytearray(-1)
            bytearray('abc')
            bytearray('abc', 'ascii')
            bytearray(b'ab', 'ascii')
            bytearray(3, 'ascii')
            bytearray(encoding='ascii')
            bytearray(errors='x')
            bytearray([1, 256])
            bytearray([1, 'a'])
            bytearray(1.5)
            bytearray(None)
            bytearray(object())
            bytearray(x=1)
            bytearray(1,2,3,4)
            bytearray(b'a').append(256)
            bytearray(b'a').append('a')
            bytearray(b'a').append()
            bytearray(b'a').insert(5, 66)
            bytearray(b'a').insert('a', 66)
            bytearray(b'a').insert(0, 300)
            bytearray(b'').pop()
            bytearray(b'a').pop(5)
            bytearray(b'a').pop('x')
            bytearray(b'a').remove(66)
            bytearray(b'a').remove(300)
            bytearray(b'a').remove(b'a')
            bytearray(b'a').extend(5)
            bytearray(b'a').extend('abc')
            bytearray(b'a').extend([300])
            bytearray(b'a').extend(['a'])
            bytearray(b'a').__setitem__(0, 300)
            bytearray(b'a').__setitem__(5, 3)
            bytearray(b'a').__setitem__('a', 3)
            bytearray(b'a').__setitem__(0, 'a')
            bytearray(b'a').__setitem__(0, b'a')
            bytearray(b'abc').__setitem__(slice(0,3,2), b'x')
            bytearray(b'abc').__setitem__(slice(0,3,2), 5)
            bytearray(b'abc').__setitem__(slice(0,3), 5)
            bytearray(b'abc').__setitem__(slice(0,3), 'ab')
            bytearray(b'abc').__setitem__(slice(0,3), [300])
            bytearray(b'abc').__delitem__(7)
            bytearray(b'abc').__delitem__('a')
            bytearray(b'abc')['a']
            bytearray(b'abc')[7]
            hash(bytearray())
            bytearray(b'a') + 'a'
            bytearray(b'a') + 5
            'a' + bytearray(b'a')
            bytearray(b'a') * 'a'
            bytearray(b'a') < 'a'
            bytearray(b'a') == 'a'
            bytearray(b'%s') % 'x'
            bytearray.fromhex('zz')
            bytearray(b'a').__alloc__()
            bytearray(b'abc').__alloc__()
            bytearray().__alloc__()
            bytearray(b'a').join(['a'])
            bytearray(b'a').center(5, 'x')
            bytearray(b'a').find('a')
            bytearray(b'a').startswith('a')
            bytearray(b'a').index(b'z')
            bytearray(b'a').copy(1)
            bytearray(b'a').__iadd__(5)
            bytes.find(bytearray(b'a'), b'a')
            bytearray.find(b'a', b'a')
            b'a' + 'b'
            str(bytearray(b'x'))
            bytearray(b'x') == b'x'
            b'x' == bytearray(b'x')
            b'x' < bytearray(b'y')
            bytes.__eq__(b'x', bytearray(b'x'))
            bytearray(b'abc').split(bytearray(b'b'))
            bytearray(b'abc').partition(b'z')
            b'abc'.partition(bytearray(b'b'))
            b'%s' % bytearray(b'x')
            b'%r' % bytearray(b'x')
            bytearray(b'abc').translate(None, b'b')
            bytearray(b'abc').translate(bytearray(range(256)))
            bytearray.maketrans(b'a', b'b')
            bytearray(b'ab').hex(bytearray(b':'))
            bytearray(b'Ab').swapcase()
            bytearray(b'ab').isalpha()
            bytearray(b'abc').decode()
            bytearray(b'abc').__reduce__()
            bytearray(b'abc').__reduce_ex__(2)
            bytearray(b'abc').count(98)
            bytearray(b'abc').__contains__(300)
            bytearray(b'abc').__contains__('a')
            bytearray(b'a b').split()
            bytearray(b'ab').zfill(5)
            bytearray(b'ab').ljust(5, bytearray(b'x'))
            bytearray(b'abc')[::-1]
            bytearray(b'abc')[5:]
            bytearray(b'abc').__getitem__(1.5)
            a = bytearray(b'abc'); a[::2] = b'XY'; a
            a = bytearray(b'abc'); a[::-1] = b'XYZ'; a
            a = bytearray(b'abc'); a[::2] = [1]; a
            a = bytearray(b'abc'); a[1:1] = a; a
            a = bytearray(b'abc'); a[:] = a[::-1]; a
            a = bytearray(b'abc'); a[::2] = 5; a
            a = bytearray(b'abc'); a[0:2] = 2; a
            a = bytearray(b'abc'); a[0:2] = None; a
            a = bytearray(b'abc'); a[::2] = None; a
            a = bytearray(b'abc'); a[5:1] = b'zz'; a
            a = bytearray(b'abcdef'); del a[::-2]; a
            a = bytearray(b'abcdef'); del a[1::2]; a
            a = bytearray(b'abcdef'); del a[::3]; a
            a = bytearray(b'abcdef'); del a[-1]; a
            a = bytearray(b'abcdef'); a.insert(-100, 65); a
            a = bytearray(b'abcdef'); a.insert(-2, 65); a
            a = bytearray(b'abcdef'); a.pop(-2), a
            a = bytearray(b'abcdef'); a.pop(1, 2)
            a = bytearray(b'abcdef'); a.insert(1)
            a = bytearray(b'abcdef'); a.remove()
            a = bytearray(b'abcdef'); a *= 0; a
            a = bytearray(b'abcdef'); a *= -1; a
            a = bytearray(b'ab'); a * 3, 3 * a, a * True
            a = bytearray(b'ab'); b'c' + a
            a = bytearray(b'ab'); a.extend(x for x in [1, 'x'])
            a = bytearray(b'ab'); a.extend((x for x in [1, 300])); a
            a = bytearray(b'ab'); a.__init__(); a
            a = bytearray(b'ab'); a.__init__(3); a
            a = bytearray(b'ab'); a.__init__('x', 'ascii'); a
            a = bytearray(b'ab'); a.__init__(5, 'x')
            a = bytearray(b'ab'); b = a.copy(); b.append(1); a, b, a is b
            bytearray(range(5)), bytearray((1,2)), bytearray({1:2}), bytearray(iter([3])), bytearray(True)
            bytearray('é', 'utf-8'), bytearray('é', 'ascii', 'ignore'), bytearray(source=b'x'), bytearray('x', encoding='ascii', errors='strict')
            bytearray('é', 'ascii')
            bytearray(b'ab', errors='x')
            bytearray(2**70)
            bytearray(-2**70)
            repr(bytearray(b"'\\"\\n\\x00\\xff"))
            bytearray(b'abc').__reversed__()
            list(reversed(bytearray(b'abc')))
            bytearray(b'a') == 97
            bytearray(b'a') != 97
            bytearray(b'a').__eq__(97)
            bytearray(b'a').__lt__(97)
            bytearray(b'a') <= bytearray(b'a'), bytearray(b'a') > bytearray(b''), bytearray(b'\\xff') > b'a'
            format(bytearray(b'a'))
            format(bytearray(b'a'), 'x')
            bytearray(b'abc') % ()
            bytearray(b'%d-%x') % (10, 255)
            bytearray(b'%(a)s') % {b'a': b'x'}
            bytearray(b'%5s|') % bytearray(b'ab')
            bytearray(b'ab').__mod__(1)
            bytearray(b'ab').__rmod__(1)
            b'%s' % 'a'
            b'abc'.strip(bytearray(b'ac')), b'abc'.removesuffix(bytearray(b'c')), b'abc'.center(7, bytearray(b'*'))
            bytes.fromhex('61 62'), bytearray.fromhex('61 62'), bytearray.fromhex(' ')
            bytearray.fromhex(b'61')
            bytearray(b'\\x01\\xff').hex(), bytearray(b'\\x01\\xff\\x03').hex(':', 2), bytearray(b'\\x01\\xff\\x03').hex(b'-', -2)
            bytearray(b'abc').__sizeof__() > 0
            bytearray(b'hello world').title(), bytearray(b'hello').capitalize(), bytearray(b'Hi').upper(), bytearray(b'Hi').lower()
            bytearray(b'a\\tb').expandtabs(4), bytearray(b'a\\nb\\r\\nc').splitlines(), bytearray(b'a\\nb').splitlines(True)
            bytearray(b'  a  ').strip(), bytearray(b'xxaxx').strip(b'x'), bytearray(b'xxaxx').lstrip(b'x'), bytearray(b'xxaxx').rstrip(bytearray(b'x'))
            bytearray(b'a,b,c').split(b',', 1), bytearray(b'a,b,c').rsplit(b',', 1), bytearray(b'a b c').rsplit(None, 1)
            bytearray(b'abc').isascii(), bytearray(b'ABC').isupper(), bytearray(b'Ab Cd').istitle(), bytearray(b' ').isspace(), bytearray(b'a1').isalnum(), bytearray(b'12').isdigit(), bytearray(b'ab').islower()
            bytearray(b'abc').rfind(b'c'), bytearray(b'abc').rindex(98), bytearray(b'abcabc').count(b'bc', 1), bytearray(b'abc').endswith(b'bc', 0, 3)
            bytearray(b'ab').replace(b'a', b'xyz', 1), bytearray(b'ab').removesuffix(b'b'), bytearray(b'ab').rpartition(b'a')
            bytearray(b'ab').center(6), bytearray(b'ab').rjust(5, b'-'), bytearray(b'-5').zfill(4)
            bytearray(b'ab').decode('ascii'), bytearray(b'\\xff').decode('utf-8', 'replace'), bytearray(b'\\xff').decode(encoding='latin-1')
            bytearray(b'\\xff').decode()
            bytearray(b'ab').split(b'')
            bytearray(b'ab')[True], bytearray(b'ab')[-1], bytearray(b'abcdef')[1:5:2], bytearray(b'ab')[::-1]
            bytearray(b'ab')[2**70]
            bytearray(b'ab')[slice(None, None, 0)]
            a = bytearray(b'ab'); a[slice(None, None, 0)] = b''; 0
            a = bytearray(b'ab'); del a[slice(None, None, 0)]; 0
            a = bytearray(b'ab'); del a[2**70]; 0
            a = bytearray(b'ab'); a[2**70] = 1; 0
            a = bytearray(b'ab'); a.pop(2**70)
            a = bytearray(b'ab'); a.insert(2**70, 1); a
            iter(bytearray(b'ab')).__next__(), type(iter(bytearray(b'ab'))).__name__
            a = bytearray(b'ab'); it = iter(a); next(it); a.append(99); list(it)
            a = bytearray(b'ab'); a[len(a):] = b'cd'; a
            bool(bytearray()), bool(bytearray(b'\\x00'))
            len(bytearray(5)), bytearray(5)
            max(bytearray(b'abc')), sum(bytearray(b'abc')), sorted(bytearray(b'cab'))
            bytearray(b'ab').__getitem__(0), bytearray.__len__(bytearray(b'ab'))
            a = bytearray(b'ab'); a[slice(None, None, 0)] = b''; a
            a = bytearray(b'ab'); del a[slice(None, None, 0)]; a
            a = bytearray(b'ab'); del a[2**70]; a
            a = bytearray(b'ab'); a[2**70] = 1; a
            a = bytearray(b'abcde'); a[::2] = b''; a
            a = bytearray(b'abc'); a.append(100); a.__alloc__()
            a = bytearray(); [a.append(i) for i in range(20)]; a.__alloc__(), len(a)
            a = bytearray(b'abcdefghij'); del a[0]; a.__alloc__(), a
            a = bytearray(b'abcdefghij'); del a[0:8]; a.__alloc__(), a
            a = bytearray(b'abcdefghij'); a.pop(); a.__alloc__()
            a = bytearray(5); a.__alloc__()
            a = bytearray(range(10)); a.__alloc__()
            a = bytearray('abc', 'ascii'); a.__alloc__()
            bytearray(b'ab').copy().__alloc__(), bytearray(b'ab')[:].__alloc__(), (bytearray(b'ab') + b'c').__alloc__()
            a = bytearray(b'ab'); a += b'cdefgh'; a.__alloc__()
            a = bytearray(b'ab'); a *= 5; a.__alloc__(), a
            a = bytearray(b'abc'); a.clear(); a.__alloc__(), a
            class B(bytearray): pass; b = B(b'xy'); b.q = 1; repr(b), b.__reduce__(), type(b + b'a').__name__, type(b[:1]).__name__, type(b.copy()).__name__, b == b'xy'
            class B(bytearray): pass; B.fromhex('6162'), type(B.fromhex('61')).__name__, len(B(3))
            bytearray(b'abc').__reduce__(), bytearray(b'').__reduce_ex__(2), bytearray(b'a').__reduce_ex__(3)
            bytearray(b'abc').__sizeof__()
            b''.join([b'a', 1])
            bytearray().join([1])
            bytearray(b'abc') + bytearray(b'def') == b'abcdef', bytearray(b'x') * 0, 0 * bytearray(b'x'), -1 * bytearray(b'x')
            bytearray(b'x') * 2**70
            bytearray(b'x') * 1.5
            1.5 * bytearray(b'x')
            5 + bytearray(b'x')
            [1] + bytearray(b'x')
            bytearray(b'x') + [1]
            bytearray(b'x') - bytearray(b'x')
            -bytearray(b'x')
            bytearray(b'ab').hex(5)
            bytearray(b'ab').hex('')
            bytearray(b'ab').hex('\\xe9')
            bytearray(b'ab').hex(':', 2**70)
            bytearray(b'abc').find(bytearray(b'c')), bytearray(b'abc').find(99), bytearray(b'abc').find(300)
            bytearray(b'abc').find(b'c', 'x')
            bytearray.find(bytearray(b'a'))
            bytearray(b'abc').count()
            bytearray.maketrans(b'ab', b'a')
            bytearray(b'abc').translate(b'x')
            bytearray(b'abc').translate(None, delete=b'a')
            bytearray(b'abc').split(maxsplit=1, sep=b'b'), bytearray(b'a  b').split(None), bytearray(b'').split()
            bytearray(b'abc').startswith(['a'])
            bytearray(b'abc').decode(errors='strict'), bytearray(b'abc').decode('ascii', errors='x')
            bytearray(b'Hello').swapcase().lower().upper().title()
            sorted([bytearray(b'b'), bytearray(b'a'), b'c'])
            {bytearray(b'a'): 1}
            bytearray(b'abc') in {b'abc'}
            bytearray(b'a') is not bytearray(b'a'), bytearray(b'') == bytearray(), bytearray() < bytearray(b'\\x00')
            a = bytearray(b'xyz'); b = a; b += b'!'; a is b, a
            a = bytearray(b'xyz'); b = a; b *= 2; a is b, a
            a = bytearray(b'xyz'); a.extend(range(3)); a.extend((250, 251)); a.extend({7: 1}); a
            a = bytearray(b'xyz'); a.extend(None)
            a = bytearray(b'xyz'); a.extend(1.5)
            a = bytearray(b'xyz'); a.append(-1)
            a = bytearray(b'xyz'); a.append(True); a.append(2**70)
            a = bytearray(b'xyz'); a.insert(1, 2**70)
            a = bytearray(b'xyz'); a.pop(-4)
            a = bytearray(b'xyz'); a.pop(True), a
            a = bytearray(b'xyz'); a.reverse(); a.reverse(); a.reverse(); a
            a = bytearray(b'xyz'); a.clear(); a.clear(); a, len(a)
            a = bytearray(b'xyz'); a.__init__(b'q'); a.__init__(range(3)); a
            a = bytearray(b'xyz'); a.__init__(source='ab', encoding='ascii'); a
            a = bytearray(b'xyz'); a.__init__(1, 2, 3, 4)
            a = bytearray(b'xyz'); a.__init__(x=1)
            bytearray.__init__(b'x')
            bytearray.append(b'x', 1)
            bytearray.__len__(b'x')
            bytearray(b'abc')[1:2:-1], bytearray(b'abc')[-100:100], bytearray(b'abc')[::-2]
            a = bytearray(b'abcdef'); a[1:5:2] = b'XY'; a[-1:-7:-2] = b'123'; a
            a = bytearray(b'abcdef'); a[1:5:2] = b'XYZ'; 0
            a = bytearray(b'abcdef'); a[1:5:2] = range(2); a
            a = bytearray(b'abcdef'); a[1:3] = range(5); a
            a = bytearray(b'abcdef'); a[1:3] = (x for x in b'Q'); a
            a = bytearray(b'abcdef'); a[1:3] = [1.5]; 0
            a = bytearray(b'abcdef'); a[1:3] = 1.5; 0
            a = bytearray(b'abcdef'); a[True] = 65; a
            a = bytearray(b'abcdef'); a[-7] = 65; 0
            a = bytearray(b'abcdef'); a[1.5] = 65; 0
            a = bytearray(b'abcdef'); del a[-7]; 0
            a = bytearray(b'abcdef'); del a[1.5]; 0
            a = bytearray(b'abcdef'); del a[:]; a, a.__alloc__()
            a = bytearray(b'abcdef'); del a[::-1]; a
            a = bytearray(b'abcdef'); del a[4:1:-1]; a
            a = bytearray(b'abcdef'); del a[100:]; a
            a = bytearray(b'abcdef'); a[100:] = b'!'; a[-100:-100] = b'^'; a
            b'%d %s' % (1, bytearray(b'z')), bytearray(b'%(k)r') % {b'k': bytearray(b'v')}
            bytearray(b'%c') % 256
            bytearray(b'%s %s') % (1,)
            bytearray(b'%c%c') % (65, b'B')
            bytearray(b'%c') % bytearray(b'Z')
            b'%s' % 5
            b'%d %s' % ('x', 5)
            b'%5s|%-4b|' % (b'a', bytearray(b'b'))
            b'%c%c%c' % (65, b'B', bytearray(b'C'))
            b'%c' % b'BC'
            b'%c' % 'x'
            b'%*d|%s' % (5, 3, b'x')
            b'%.*s' % (2, b'abc')
            b'%s' % None
            b'%s' % True
            b'%s' % 1.5
            b'%r %a' % (5, 'é')
            b'%%s %s' % b'x'
            class B: __bytes__ = lambda self: b'BB'; b'%s' % B()
            b'%s' % [1]
            bytearray(b'%x %s') % (255, memoryview(b'm'))
            b'%c' % 256
            b'%c' % -1
            type(iter(b'ab')).__name__, list(iter(b'ab')), iter(b'abc').__length_hint__()
            """;

    @Test
    void matchesPython3() {
        ByteArrayPrograms.check(CASES);
    }
}
