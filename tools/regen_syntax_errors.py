#!/usr/bin/env python3
"""Writes the CPython 3.11 syntax-error goldens for src/test/resources/syntax/errors/.

For every ``<name>.py`` there it runs ``ast.parse(source_bytes, "<name>.py")`` and writes
``<name>.err`` next to it: one line ``Type|msg|lineno|offset|end_lineno|end_offset``
(``None`` where CPython gives no value), or ``OK`` when the file parses: such a case tests
nothing and should be deleted (the script lists them and exits with status 1).

The file is read as bytes, as CPython reads a file it runs, so the coding cookie, BOM and invalid
UTF-8 are CPython's to judge, and columns are bytes unless a cookie or BOM gives the tokenizer an
encoding (then characters) -- exactly what CPython 3.11 reports, and Adder with it,
and the filename passed to ast.parse is the relative name, as SyntaxErrorGoldenTest uses it.
Only errors ``ast.parse`` itself raises count: symbol-table and compiler errors come later.

Usage: python3 tools/regen_syntax_errors.py [case.py ...]   (default: every case)
"""
import ast
import os
import sys
import warnings

ERRORS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                          "src", "test", "resources", "syntax", "errors")


def golden_line(source, filename):
    """The golden for one source: the error ast.parse raises, or OK."""
    try:
        with warnings.catch_warnings():
            # SyntaxWarning/DeprecationWarning are warnings, not errors, in a default run.
            warnings.simplefilter("ignore")
            ast.parse(source, filename)
    except SyntaxError as e:  # IndentationError and TabError included
        fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except Exception as e:  # MemoryError, RecursionError, UnicodeDecodeError, ...: CPython raises these too
        fields = [type(e).__name__, str(e), None, None, None, None]
    else:
        return "OK"
    line = "|".join("None" if f is None else str(f) for f in fields)
    if "\n" in line or "\r" in line:
        raise SystemExit(f"{filename}: message spans lines, the golden format cannot hold it: {line!r}")
    return line


def main(argv):
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        raise SystemExit(f"refusing to run: goldens must come from CPython 3.11, this is "
                         f"{sys.implementation.name} {sys.version.split()[0]}")
    sys.setrecursionlimit(1000)  # CPython's default: the limits in the goldens depend on it
    names = argv[1:] or sorted(n for n in os.listdir(ERRORS_DIR) if n.endswith(".py"))
    useless = []
    for name in names:
        name = os.path.basename(name)
        with open(os.path.join(ERRORS_DIR, name), "rb") as f:
            source = f.read()
        line = golden_line(source, name)
        if line == "OK":
            useless.append(name)
        with open(os.path.join(ERRORS_DIR, name[:-3] + ".err"), "w", encoding="utf-8", newline="\n") as f:
            f.write(line + "\n")
    print(f"wrote {len(names)} goldens to {os.path.normpath(ERRORS_DIR)}")
    if useless:
        print("these cases parse (OK) and test nothing; delete them:", *useless, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
