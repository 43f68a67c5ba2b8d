#!/usr/bin/env python3
"""Writes the CPython 3.11 code-layout goldens for src/test/resources/compiler/scopes/.

For every ``<name>.py`` there it writes ``<name>.code``: exactly what
``shared/tools/cpython_code_dump.py <name>.py`` prints (one JSON line per code object, sorted,
or the single ``SyntaxError: <msg> (line N)`` line). CodeGoldenTest compares
``adder --dump-code`` with these files; it never writes them.

The layout of code objects (co_varnames order, cells, free variables, flags) and the compiler's
errors change between CPython versions, so any Python but CPython 3.11 is refused.

Usage: python3 tools/regen_code_goldens.py [case.py ...]   (default: every case)
"""
import contextlib
import importlib.util
import io
import os
import platform
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, os.pardir, "src", "test", "resources", "compiler", "scopes")
DUMP_SCRIPT = os.path.join(HERE, os.pardir, os.pardir, "shared", "tools", "cpython_code_dump.py")


def load_dump_module():
    spec = importlib.util.spec_from_file_location("cpython_code_dump", DUMP_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def golden(dump, path):
    """What the reference script prints for one file."""
    out = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(out):
        warnings.simplefilter("ignore")  # SyntaxWarnings go to stderr; they are not errors
        dump.main(path)
    return out.getvalue()


def main(argv):
    if platform.python_implementation() != "CPython" or sys.version_info[:2] != (3, 11):
        sys.exit("regen_code_goldens.py needs CPython 3.11, not %s %s"
                 % (platform.python_implementation(), platform.python_version()))
    if not os.path.isfile(DUMP_SCRIPT):
        sys.exit("reference script not found: " + DUMP_SCRIPT)
    dump = load_dump_module()
    names = argv or sorted(n for n in os.listdir(CASES_DIR) if n.endswith(".py"))
    for name in names:
        path = os.path.join(CASES_DIR, os.path.basename(name))
        text = golden(dump, path)
        with open(path[:-3] + ".code", "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote %d goldens in %s" % (len(names), os.path.normpath(CASES_DIR)))


if __name__ == "__main__":
    main(sys.argv[1:])
