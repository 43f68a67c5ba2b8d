"""Compiles each file named on the command line with CPython 3.11 and prints, one JSON line per file,
its module code object (nested code objects inside co_consts) together with what running the file
printed (stdout, stderr, exit code). EXTENDED_ARG prefixes are folded into the next unit (the VM's
words hold arguments up to 2**24) and left as NOPs, so offsets stay CPython's.
Used live by dev.adder.vm tests (they skip loudly when python3 is absent)."""
import json
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("code_dump.py needs CPython 3.11, found " + sys.version.split()[0])

EXTENDED_ARG = 144
NOP = 9


def const(v):
    if v is None:
        return ["None"]
    if v is Ellipsis:
        return ["Ellipsis"]
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["int", str(v)]
    if isinstance(v, float):
        return ["float", v.hex()]
    if isinstance(v, complex):
        return ["complex", v.real.hex(), v.imag.hex()]
    if isinstance(v, str):
        return ["str", v]
    if isinstance(v, bytes):
        return ["bytes", v.hex()]
    if isinstance(v, tuple):
        return ["tuple", [const(x) for x in v]]
    if isinstance(v, frozenset):
        return ["frozenset", [const(x) for x in v]]
    if hasattr(v, "co_code"):
        return ["code", code(v)]
    raise ValueError("constant " + repr(v))


def units(raw):
    out = []
    ext = 0
    for i in range(0, len(raw), 2):
        op, arg = raw[i], raw[i + 1]
        if op == EXTENDED_ARG:
            ext = (ext << 8) | arg
            out.append([NOP, 0])
            continue
        out.append([op, (ext << 8) | arg])
        ext = 0
    return out


def code(co):
    return {
        "co_name": co.co_name, "co_qualname": co.co_qualname, "co_filename": co.co_filename,
        "co_firstlineno": co.co_firstlineno, "co_argcount": co.co_argcount,
        "co_posonlyargcount": co.co_posonlyargcount, "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_flags": co.co_flags, "co_stacksize": co.co_stacksize,
        "co_varnames": list(co.co_varnames), "co_cellvars": list(co.co_cellvars),
        "co_freevars": list(co.co_freevars), "co_names": list(co.co_names),
        "co_consts": [const(c) for c in co.co_consts],
        "code": units(co.co_code),
        "exceptiontable": co.co_exceptiontable.hex(), "linetable": co.co_linetable.hex(),
    }


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        top = compile(src, path, "exec")
        run = subprocess.run([sys.executable, path], capture_output=True, text=True, encoding="utf-8")
        print(json.dumps({"path": path, "code": code(top), "stdout": run.stdout, "stderr": run.stderr,
                          "rc": run.returncode}))


if __name__ == "__main__":
    main(sys.argv[1:])
