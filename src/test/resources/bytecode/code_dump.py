"""Prints, as JSON, what CPython 3.11 compiled for every top-level function of a sample file: each
code object's fields, raw code units, tables, positions, exception entries and the exact dis.dis text.
Used live by dev.adder.bytecode tests (they skip loudly when python3 is absent)."""
import dis
import io
import json
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("code_dump.py needs CPython 3.11, found " + sys.version.split()[0])


def const(v):
    if v is None:
        return ["None"]
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["int", str(v)]
    if isinstance(v, float):
        return ["float", v.hex()]
    if isinstance(v, str):
        return ["str", v]
    if isinstance(v, bytes):
        return ["bytes", v.hex()]
    if isinstance(v, tuple):
        return ["tuple", [const(x) for x in v]]
    if hasattr(v, "co_code"):
        return ["code", code(v)]
    return ["other", repr(v)]


def code(co):
    raw = co.co_code
    return {
        "co_name": co.co_name, "co_qualname": co.co_qualname, "co_filename": co.co_filename,
        "co_firstlineno": co.co_firstlineno, "co_argcount": co.co_argcount,
        "co_posonlyargcount": co.co_posonlyargcount, "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_nlocals": co.co_nlocals, "co_flags": co.co_flags, "co_stacksize": co.co_stacksize,
        "co_varnames": list(co.co_varnames), "co_cellvars": list(co.co_cellvars),
        "co_freevars": list(co.co_freevars), "co_names": list(co.co_names),
        "co_consts": [const(c) for c in co.co_consts],
        "code": [[raw[i], raw[i + 1]] for i in range(0, len(raw), 2)],
        "exceptiontable": co.co_exceptiontable.hex(), "linetable": co.co_linetable.hex(),
        "positions": [list(p) for p in co.co_positions()],
        "linestarts": [list(p) for p in dis.findlinestarts(co)],
        "exceptions": [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(co)],
        "localsplus": [co._varname_from_oparg(i) for i in range(
            len(co.co_varnames) + len([c for c in co.co_cellvars if c not in co.co_varnames])
            + len(co.co_freevars))],
        "repr": repr(co),
    }


def main(path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    top = compile(src, path.rsplit("/", 1)[-1], "exec")
    out = []
    for c in top.co_consts:
        if hasattr(c, "co_code"):
            buf = io.StringIO()
            dis.dis(c, file=buf)
            out.append({"code": code(c), "dis": buf.getvalue()})
    buf = io.StringIO()
    dis.dis(top, file=buf)
    out.append({"code": code(top), "dis": buf.getvalue()})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
