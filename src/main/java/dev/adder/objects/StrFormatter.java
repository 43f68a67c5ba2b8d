package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;

/** {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}. */
// CPython 3.11: Objects/stringlib/unicode_format.h (MarkupIterator, parse_field, FieldNameIterator)
final class StrFormatter {
    private final Object[] args;
    private final int nargs;
    private final String[] kwnames;
    private final Object mapping;
    private int autoNumber;
    /** 0 unknown, 1 automatic, 2 manual. */
    private int numbering;

    private StrFormatter(Object[] args, int nargs, String[] kwnames, Object mapping) {
        this.args = args;
        this.nargs = nargs;
        this.kwnames = kwnames;
        this.mapping = mapping;
    }

    /** {@code self.format(*args, **kw)}: {@code args[0]} is self, vectorcall layout. */
    static String format(String self, Object[] args, String[] kw) {
        int nkw = PyCallable.kwCount(kw);
        return new StrFormatter(args, args.length - 1 - nkw, kw, null).render(self, 2);
    }

    /** {@code self.format_map(mapping)}. */
    static String formatMap(String self, Object mapping) {
        return new StrFormatter(new Object[1], 0, null, mapping).render(self, 2);
    }

    private String render(String s, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            i = field(s, i + 1, depth, out);
        }
        return out.toString();
    }

    /** Parses and renders one replacement field starting after its '{'; returns the index after its '}'. */
    private int field(String s, int start, int depth, StringBuilder out) {
        int n = s.length();
        int i = start;
        char c = 0;
        while (i < n) {
            c = s.charAt(i++);
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            } else if (c == '[') {
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
                c = 0;
                continue;
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
            c = 0;
        }
        int nameEnd = c == 0 ? i : i - 1;
        String name = s.substring(start, nameEnd);
        int conversion = 0;
        String spec = "";
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specNeeded = true;
            if (c == '!') {
                if (i >= n) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.charAt(i++);
                if (i < n) {
                    char d = s.charAt(i++);
                    if (d == '}') {
                        specNeeded = false;
                    } else if (d != ':') {
                        throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (specNeeded) {
                int specStart = i;
                int count = 1;
                boolean closed = false;
                while (i < n) {
                    char d = s.charAt(i++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            spec = s.substring(specStart, i - 1);
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) {
                    throw Errors.valueError("unmatched '{' in format spec");
                }
            }
        } else if (c != '}') {
            throw Errors.valueError("expected '}' before end of string");
        }
        Object value = lookup(name);
        switch (conversion) {
            case 0: break;
            case 'r': value = Ops.repr(value); break;
            case 's': value = Ops.str(value); break;
            case 'a': value = Ops.ascii(value); break;
            default:
                throw Errors.valueError("Unknown conversion specifier " + (conversion > 32 && conversion < 127
                        ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
        }
        if (expand) {
            spec = render(spec, depth - 1);
        }
        out.append(Ops.format(value, spec));
        return i;
    }

    /** Resolves a field name: {@code 0}, {@code name}, {@code 0.attr[key]}, or automatic numbering. */
    private Object lookup(String field) {
        int n = field.length();
        int i = 0;
        while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
            i++;
        }
        String first = field.substring(0, i);
        Object obj;
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            obj = positional(autoNumber++);
        } else if (isDigits(first)) {
            if (numbering == 1) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            java.math.BigInteger v = new java.math.BigInteger(first);
            if (v.bitLength() > 31) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            obj = positional(v.intValue());
        } else {
            obj = keyword(first);
        }
        while (i < n) {
            char c = field.charAt(i++);
            if (c == '.') {
                int start = i;
                while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                obj = Ops.getattr(obj, field.substring(start, i));
            } else if (c == '[') {
                int start = i;
                while (i < n && field.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = field.substring(start, i);
                i++;
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                obj = Ops.getitem(obj, isDigits(key) ? IntOps.normalize(new java.math.BigInteger(key)) : key);
                if (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private Object positional(int index) {
        if (mapping != null) {
            throw Errors.valueError("Format string contains positional fields");
        }
        if (index >= nargs) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args[1 + index];
    }

    private Object keyword(String name) {
        if (mapping != null) {
            return Ops.getitem(mapping, name);
        }
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) {
                    return args[1 + nargs + k];
                }
            }
        }
        throw new dev.adder.runtime.PyBaseException(dev.adder.runtime.ExceptionTypes.KEY_ERROR, new Object[] {name});
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
