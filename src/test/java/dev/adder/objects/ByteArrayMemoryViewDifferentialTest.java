package dev.adder.objects;

import org.junit.jupiter.api.Test;

/**
 * memoryview, and bytes-like arguments of bytes and bytearray, against python3: indexing, slicing, writes through to a bytearray, release and context manager, BufferError on resizing an exported bytearray, equality and hashing. Each line is {@code "stmt; ...; expr"}, run by
 * {@link ByteArrayPrograms} with python3 and with Adder.
 */
class ByteArrayMemoryViewDifferentialTest {
    private static final String CASES = """
            b'a' + memoryview(b'b')
            memoryview(b'abc')[5]
            memoryview(b'abc')['a']
            memoryview(b'abc').__setitem__(0, 1)
            memoryview(bytearray(b'abc')).__setitem__(0, 300)
            memoryview(bytearray(b'abc')).__setitem__(0, b'a')
            memoryview(bytearray(b'abc')).__setitem__(slice(0,2), b'a')
            memoryview(bytearray(b'abc')).__setitem__(slice(0,2), 5)
            memoryview(bytearray(b'abc')).__setitem__(slice(0,2), 'ab')
            memoryview(bytearray(b'abc')).__delitem__(0)
            memoryview('abc')
            memoryview(5)
            memoryview()
            hash(memoryview(bytearray(b'abc')))
            hash(memoryview(b'abc')) == hash(b'abc')
            memoryview(b'abc') < memoryview(b'abd')
            memoryview(b'abc') == b'abc'
            memoryview(b'abc') == bytearray(b'abc')
            memoryview(b'abc') == 'abc'
            memoryview(b'abc').tolist()
            memoryview(b'abc')[::2].tolist()
            memoryview(b'abcdef')[::-2].tobytes()
            memoryview(b'abcdef')[1:4].hex()
            memoryview(b'abc').hex(':')
            memoryview(b'abc').shape
            memoryview(b'abc')[::2].strides
            memoryview(b'abc').suboffsets
            memoryview(b'abc').format
            memoryview(b'abc').obj
            memoryview(b'abc').contiguous
            memoryview(b'abc')[::2].contiguous
            memoryview(b'abc')[::2].c_contiguous
            len(memoryview(b'abc')[::2])
            memoryview(b'abc')[0:1][0]
            memoryview(b'abc').toreadonly().readonly
            memoryview(bytearray(b'abc')).readonly
            memoryview(b'abc').tobytes('C')
            memoryview(b'abc').tobytes('X')
            memoryview(b'abc').tobytes(order='A')
            list(memoryview(b'abc'))
            bytes(memoryview(b'abc')[::2])
            bytearray(memoryview(b'abc')[::2])
            b'x' in memoryview(b'x')
            120 in memoryview(b'x')
            bytearray(b'x') >= memoryview(b'x')
            b'-'.join([bytearray(b'a'), memoryview(b'b')])
            bytearray(b'-').join([b'a', memoryview(b'b')])
            bytearray(b'%r') % memoryview(b'x')
            b'%s' % memoryview(b'x')
            memoryview(b'a').cast('B')
            memoryview(b'a').release()
            memoryview(b'abc')[1:2]
            repr(memoryview(b'abc'))[:8]
            bytearray(b'abc').removeprefix(memoryview(b'a'))
            bytearray(b'ab').ljust(5, memoryview(b'x'))
            bytearray(b'ab').strip(memoryview(b'a'))
            a = bytearray(b'abc'); m = memoryview(a); a.append(1); a
            a = bytearray(b'abc'); m = memoryview(a); a[0] = 65; a[0:2] = b'xy'; a
            a = bytearray(b'abc'); m = memoryview(a); a[0:2] = b'x'; a
            a = bytearray(b'abc'); m = memoryview(a); a += b'x'; a
            a = bytearray(b'abc'); m = memoryview(a); a += b''; a
            a = bytearray(b'abc'); m = memoryview(a); a *= 1; a
            a = bytearray(b'abc'); m = memoryview(a); a *= 2; a
            a = bytearray(b'abc'); m = memoryview(a); a.clear(); a
            a = bytearray(); m = memoryview(a); a.clear(); a
            a = bytearray(b'abc'); m = memoryview(a); a.pop(); a
            a = bytearray(b'abc'); m = memoryview(a); a.extend(b''); a
            a = bytearray(b'abc'); m = memoryview(a); a.extend([]); a
            a = bytearray(b'abc'); m = memoryview(a); a.reverse(); a
            a = bytearray(b'abc'); m = memoryview(a); del a[0]; a
            a = bytearray(b'abc'); m = memoryview(a); del a[5:]; a
            a = bytearray(b'abc'); m = memoryview(a); del a[::2]; a
            a = bytearray(b'abc'); m = memoryview(a); a.__init__(b'xyz'); a
            a = bytearray(b'abc'); m = memoryview(a); m.release(); a.append(1); a
            a = bytearray(b'abc'); m = memoryview(a); m2 = m[1:]; m.release(); a.append(1); a
            a = bytearray(b'abc'); m = memoryview(a); m2 = memoryview(m); m.release(); a.append(1); a
            a = bytearray(b'abc'); m = memoryview(a); m2 = memoryview(m); m.release(); m2.release(); a.append(1); a
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m[0]
            a = bytearray(b'abc'); m = memoryview(a); m.release(); len(m)
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m.tobytes()
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m.readonly
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m.format
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m == m
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m == b'abc'
            a = bytearray(b'abc'); m = memoryview(a); m.release(); repr(m)[:15]
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m.release(); 1
            a = bytearray(b'abc'); m = memoryview(a); m.release(); hash(m)
            a = bytearray(b'abc'); m = memoryview(a); m.release(); bytes(m)
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m.obj
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m[0:1]
            a = bytearray(b'abc'); m = memoryview(a); m.release(); list(m)
            a = bytearray(b'abc'); m = memoryview(a); m.release(); m.__enter__()
            a = bytearray(b'abc'); m = memoryview(a); m.__exit__(1,2,3); m.__exit__()
            a = bytearray(b'abc'); m = memoryview(a); 0
            a = bytearray(b'abc'); m = memoryview(a); m[0] = 65; m[1:3] = b'yz'; a
            a = bytearray(b'abcdef'); m = memoryview(a); m[::2] = b'XYZ'; a
            a = bytearray(b'abcdef'); m = memoryview(a); m[::2] = bytearray(b'XYZ'); a
            a = bytearray(b'abcdef'); m = memoryview(a); m[::2] = memoryview(b'XYZ'); a
            a = bytearray(b'abcdef'); m = memoryview(a); m[-1] = 1; a
            a = bytearray(b'abcdef'); m = memoryview(a); m[6] = 1; a
            a = bytearray(b'abcdef'); m = memoryview(a); m[0] = 1.5; a
            a = bytearray(b'abcdef'); m = memoryview(a); m[0] = True; a
            a = bytearray(b'abcdef'); m = memoryview(a)[2:]; m[0] = 90; a
            a = bytearray(b'abcdef'); m = memoryview(a); m[True]
            a = bytearray(b'abcdef'); m = memoryview(a); m[...]
            a = bytearray(b'abcdef'); m = memoryview(a); m[()]
            a = bytearray(b'abcdef'); m = memoryview(a); m[0,]
            a = bytearray(b'abcdef'); m = memoryview(a); m[2**70]
            a = bytearray(b'abcdef'); m = memoryview(a); m[1.5]
            m = memoryview(b'abc'); m.nbytes, m.ndim, m.itemsize, m[::2].nbytes
            m = memoryview(b''); m.tolist(), m.tobytes(), m.hex(), len(m), bool(m)
            m = memoryview(b'abc'); bool(m)
            m = memoryview(b'abc'); m.cast('b')
            m = memoryview(b'abc'); m[1:][::-1].tobytes()
            m = memoryview(b'abcdefgh'); m[1::3][::-1].tobytes()
            m = memoryview(b'abcdefgh'); m[1::3][1:].tobytes()
            m = memoryview(b'abcdefgh'); m[1::3].hex('-', 1)
            m = memoryview(b'abc'); m.__len__()
            m = memoryview(b'abc'); m.__getitem__(1)
            m = memoryview(b'abc'); m == memoryview(b'abc')
            m = memoryview(b'abc'); m != memoryview(b'abd')
            m = memoryview(b'abc'); m == [97,98,99]
            m = memoryview(b'abc'); m.toreadonly()[0]
            a = bytearray(b'abc'); m = memoryview(a).toreadonly(); m[0] = 1; 0
            a = bytearray(b'abc'); a[0:0] = memoryview(b'zz'); a
            a = bytearray(b'ab'); a + bytearray(b'c'), a + b'c', a + memoryview(b'cd')
            a = bytearray(b'ab'); a.extend(memoryview(b'cd')); a.extend(iter([1,2])); a.extend(a); a
            bytes(bytearray(b'ab')), bytes(memoryview(bytearray(b'ab'))), bytearray(bytearray(b'ab'))
            b'abc'.find(bytearray(b'c')), b'abc'.count(memoryview(b'b')), b'abc'.startswith(bytearray(b'a')), b'abc'.endswith((memoryview(b'c'),))
            b'abc'.replace(bytearray(b'b'), memoryview(b'XX')), b'abc'.split(bytearray(b'b')), b'a.b'.rsplit(memoryview(b'.'))
            b'abc'.translate(bytearray(range(256)), bytearray(b'a')), bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97]
            b'abc'.rpartition(memoryview(b'b'))
            98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'bc') in b'abc', memoryview(b'bc') in b'abc', bytearray(b'x') in bytearray(b'xy')
            b'abc' < bytearray(b'abd') < memoryview(b'abe')
            b'abc' == memoryview(b'abc')
            isinstance(bytearray(), bytes), issubclass(bytearray, object), bytearray.__name__, memoryview.__name__
            bytearray.__hash__, memoryview(b'').__hash__ is not None
            a = bytearray(b'abc'); m = memoryview(a).toreadonly(); m[0] = 1; a
            a = bytearray(b'abc'); m = memoryview(a); m[0] = 65; a
            a = bytearray(b'abc'); m = memoryview(a); m.toreadonly()[0]
            a = bytearray(b'abc'); m = memoryview(a); a.insert(0, 1); a
            a = bytearray(b'abc'); m = memoryview(a); a.remove(97); a
            a = bytearray(b'abc'); m = memoryview(a); a.extend(b'x'); a
            a = bytearray(b'abc'); m = memoryview(a); a[::2] = b''; a
            a = bytearray(b'abc'); m = memoryview(a); a[0:3] = b'xyz'; a
            a = bytearray(b'abc'); m = memoryview(a); a[:] = a; a
            a = bytearray(b'abc'); m = memoryview(a); a.__alloc__()
            a = bytearray(b'abc'); m = memoryview(a); len(m), m.tobytes(), m.obj is a
            a = bytearray(b'abc'); m = memoryview(a); mm = m[1:]; a[2] = 122; mm.tobytes(), mm[1]
            a = bytearray(b'abc'); m = memoryview(a); m.release(); a.extend(b'xy'); a, repr(m)[:10]
            with memoryview(bytearray(b'ab')) as m: x = m[0]; x, repr(m)[:10]
            m = memoryview(b'abcdef'); m[::2][1], m[1::2].tolist(), m[::-1][0], m[-1], m[-6]
            m = memoryview(b'abcdef'); m[-7]
            m = memoryview(b'abcdef'); m[::2].contiguous, m[::2].c_contiguous, m[::2].f_contiguous, m[1:2:3].contiguous, m[3:3:2].contiguous
            m = memoryview(b'abcdef'); m[::-1].strides, m[::-1].shape, m[::-1].nbytes, m[::-1][:1].contiguous
            m = memoryview(b'abc'); m.cast('c')[0], m.cast('b').tolist(), m.cast('B') == m, m.cast('c') == m, m.cast('c').format
            m = memoryview(b'\\xff'); m.cast('b')[0], m.cast('b') == m, m.cast('b').tolist()
            a = bytearray(b'ab'); m = memoryview(a).cast('b'); m[0] = -1; a
            a = bytearray(b'ab'); m = memoryview(a).cast('b'); m[0] = 200; 0
            a = bytearray(b'ab'); m = memoryview(a).cast('c'); m[0] = b'z'; a
            a = bytearray(b'ab'); m = memoryview(a).cast('c'); m[0] = 1; 0
            memoryview(b'abc')[::2].cast('B')
            memoryview(b'abc').cast(5)
            memoryview(b'abc').cast('x')
            memoryview(b'abc').tobytes(5)
            memoryview(b'a', 1)
            memoryview(b'a').release(1)
            memoryview(b'a').__enter__(1)
            m = memoryview(b'a'); m.__exit__(), repr(m)[:10]
            m = memoryview(b'abc'); m[0,]
            m = memoryview(b'abc'); m[0,0]
            m = memoryview(b'abc'); m[0:1,]
            m = memoryview(b'abc'); m['a']
            m = memoryview(b'abc'); m[None]
            a = bytearray(b'abc'); m = memoryview(a); m[0:2] = b'xyz'; 0
            a = bytearray(b'abc'); m = memoryview(a); m[0:2] = memoryview(b'xy').cast('c'); 0
            a = bytearray(b'abc'); m = memoryview(a); m[0:2] = a[1:]; a
            a = bytearray(b'abc'); m = memoryview(a); m[0:2] = m[1:]; a
            a = bytearray(b'abc'); m = memoryview(a); m[:] = b'xyz'; a
            a = bytearray(b'abc'); m = memoryview(a); del m[0]; 0
            m = memoryview(b'abc'); del m[0]; 0
            a = bytearray(b'abc'); m = memoryview(a); m[0:1] = 5; 0
            a = bytearray(b'abc'); m = memoryview(a); m[0] = b'x'; 0
            a = bytearray(b'abc'); m = memoryview(a); m['a'] = 1; 0
            hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abcd')[::2]) == hash(b'ac')
            hash(memoryview(bytearray(b'ab')).toreadonly())
            m = memoryview(b'ab'); m.release(); hash(m)
            m = memoryview(b'ab'); m.release(); m == memoryview(b'ab')
            m = memoryview(b'ab'); m.release(); m.release(); m.__exit__(None, None, None)
            m = memoryview(b'ab'); m.release(); memoryview(m)
            m = memoryview(b'ab'); m.release(); m.toreadonly()
            m = memoryview(b'ab'); m.release(); b'x' + m
            m = memoryview(b'ab'); m.release(); bytearray(b'ab') == m
            m = memoryview(b'ab'); m.release(); m.hex()
            m = memoryview(b'ab'); m.release(); m.tolist()
            m = memoryview(b'ab'); m.release(); m.nbytes
            m = memoryview(b'ab'); m.release(); m.shape
            m = memoryview(b'ab'); m.release(); m.cast('B')
            m = memoryview(b'ab'); m.release(); bool(m)
            memoryview(b'ab') == memoryview(bytearray(b'ab')), memoryview(b'ab') != b'ab', memoryview(b'ab') == b'abc'
            memoryview(b'ab') <= b'ab'
            memoryview(b'ab') > memoryview(b'a')
            memoryview(b'ab').__lt__(b'a'), memoryview(b'ab').__eq__('ab'), memoryview(b'ab').__eq__(b'ab')
            type(memoryview(b'ab')).__name__, type(iter(memoryview(b'ab'))).__name__, list(iter(memoryview(b'abc')[::-1]))
            memoryview(b'abc').readonly, memoryview(bytearray(b'abc')).readonly, memoryview(memoryview(b'a')).obj
            int.from_bytes(bytearray(b'\\x01\\x00'), 'big'), int.from_bytes(memoryview(b'\\x01\\x00'), 'little')
            b''.join([bytearray(b'a'), b'b', memoryview(b'c')]), bytearray(b',').join([]), bytearray(b',').join([b'x'])
            b'abc'.split(memoryview(b'b')), b'abc'.index(bytearray(b'c')), b'a-b'.replace(bytearray(b'-'), b'+')
            b'abc'.ljust(5, bytearray(b'.')), b'abc'.rjust(5, memoryview(b'.'))
            b'%s|%b' % (bytearray(b'x'), memoryview(b'y')), b'%r' % memoryview(b'x') != b''
            bytes(bytearray(3)), bytes(memoryview(bytearray(b'\\x00\\x01'))), list(bytearray(b'\\x00\\xff'))
            bytearray(b'abc').startswith((b'x', bytearray(b'a'))), bytearray(b'abc').endswith(memoryview(b'bc'))
            memoryview(b'abc') in {b'abc'}
            len({memoryview(b'a'), memoryview(b'a')}), {memoryview(b'a'): 1}[b'a']
            str(memoryview(b'a'))[:8], format(memoryview(b'a'))[:8]
            a = bytearray(b'abcdef'); a[1:5:2] = memoryview(b'XY'); a
            bytearray(b'%s') % (memoryview(b'q'),)
            '%s' % bytearray(b'x'), '{}'.format(bytearray(b'y')), f'{memoryview(b"z")!r}'[:7]
            nc = memoryview(b'abcd')[::2]; b''.join([nc])
            nc = memoryview(b'abcd')[::2]; b'%s|%b' % (nc, nc)
            nc = memoryview(b'abcd')[::2]; b'a' + nc
            nc = memoryview(b'abcd')[::2]; bytearray(b'a') + nc
            nc = memoryview(b'abcd')[::2]; bytearray(b'a').extend(nc)
            nc = memoryview(b'abcd')[::2]; b'abc'.find(nc)
            nc = memoryview(b'abcd')[::2]; nc in b'abc'
            nc = memoryview(b'abcd')[::2]; bytearray(nc), bytes(nc), b'ac' == nc, bytearray(b'ac') == nc
            nc = memoryview(b'abcd')[::2]; bytearray(b'a').__iadd__(nc)
            nc = memoryview(b'abcd')[::2]; b'a'.center(3, nc)
            nc = memoryview(b'abcd')[::2]; b'a'.replace(nc, b'')
            nc = memoryview(b'abcd')[::2]; bytes.maketrans(nc, nc)
            nc = memoryview(b'abcd')[::2]; int.from_bytes(nc, 'big')
            nc = memoryview(b'abcd')[::2]; a = bytearray(b'xyz'); a[0:2] = nc; a
            m = memoryview(b'ab'); m.release(); bytearray(b'x').extend(m)
            m = memoryview(b'ab'); m.release(); b'ab'.find(m)
            b'' % memoryview(b'x'), b'%s' % memoryview(b'x')
            b'%s %s' % memoryview(b'x')
            b'' % bytearray(b'x')
            """;

    @Test
    void matchesPython3() {
        ByteArrayPrograms.check(CASES);
    }
}
