package dev.adder.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The line and white-space splitting of {@code bytes} and {@code bytearray} (ASCII white space only). */
final class BytesSplit {
    private BytesSplit() {}

    /** Splitting on ASCII white space ({@code split()}/{@code rsplit()} without sep), at most {@code max} times. */
    static List<String> whitespaceSplit(String s, long max, boolean right) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        if (!right) {
            int i = 0;
            while (true) {
                while (i < n && BytesMethods.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() == max) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !BytesMethods.isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        int j = n;
        while (true) {
            while (j > 0 && BytesMethods.isSpace(s.charAt(j - 1))) {
                j--;
            }
            if (j <= 0) {
                break;
            }
            if (out.size() == max) {
                out.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !BytesMethods.isSpace(s.charAt(i - 1))) {
                i--;
            }
            out.add(s.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@code splitlines(keepends)}: lines end at LF, CR or CR LF; {@code make} builds each line. */
    static PyList splitlines(byte[] b, boolean keepends, Function<byte[], Object> make) {
        PyList r = new PyList();
        int n = b.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && b[j] != '\n' && b[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += b[j] == '\r' && j + 1 < n && b[j + 1] == '\n' ? 2 : 1;
            }
            r.add(make.apply(Arrays.copyOfRange(b, i, keepends ? j : eol)));
            i = j;
        }
        return r;
    }
}
