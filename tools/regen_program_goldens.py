#!/usr/bin/env python3
"""Writes the CPython 3.11 goldens of the golden programs in src/test/resources/programs/.

For every ``<topic>/<name>.py`` there it runs ``python3 src/test/resources/programs/<topic>/<name>.py``
with the repository root as working directory, a clean environment (PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8) and a timeout, then writes

- ``<name>.out``: stdout (always, possibly empty),
- ``<name>.err``: stderr, only when non-empty (a stale one is removed),
- ``<name>.exit``: the exit code and a newline, only when it is not 0 (a stale one is removed).

CPython 3.9+ makes the main script's path absolute (tracebacks, co_filename): the repository's
absolute path plus '/' is removed from both outputs, so goldens say ``File "src/test/resources/..."``
wherever the clone lives (ProgramGoldenTest removes the same prefix from Adder's output).

ProgramGoldenTest compares ``adder <path>`` with these files; it never writes them. Output and error
messages change between CPython versions, so any Python but CPython 3.11 is refused. Rerunning it
changes nothing unless a program changed (a golden that differs only in memory addresses is kept).

Usage: python3 tools/regen_program_goldens.py [src/test/resources/programs/<topic>/<name>.py ...]
       (default: every program)
"""
import os
import platform
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
PROGRAMS = os.path.join("src", "test", "resources", "programs")
TIMEOUT_SECONDS = 60


def all_programs():
    """Every program's path relative to the repository root, '/'-separated, sorted.

    A directory whose name starts with '_' (such as imports/_pkgs/) holds modules that programs import,
    not programs: it is skipped."""
    found = []
    for directory, dirs, names in os.walk(os.path.join(ROOT, PROGRAMS)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("_"))
        for name in names:
            if name.endswith(".py"):
                rel = os.path.relpath(os.path.join(directory, name), ROOT)
                found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def clean_env():
    env = {
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
    }
    if "PATH" in os.environ:
        env["PATH"] = os.environ["PATH"]
    return env


ADDRESS = re.compile(rb"0x[0-9a-f]+")


def same_output(old, new):
    """Equal but for memory addresses (which change on every run and which the test ignores)."""
    return old is not None and ADDRESS.sub(b"0x?", old) == ADDRESS.sub(b"0x?", new)


def write_or_remove(path, data, keep):
    if keep:
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if not same_output(old, data):
            with open(path, "wb") as f:
                f.write(data)
            return True
    elif os.path.exists(path):
        os.remove(path)
        return True
    return False


def regen(rel):
    """Runs one program and writes its goldens; returns (exit code, changed?)."""
    try:
        done = subprocess.run([sys.executable, rel], cwd=ROOT, env=clean_env(), stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        sys.exit("%s: no result within %d s; goldens must come from programs that end" % (rel, TIMEOUT_SECONDS))
    prefix = (ROOT + os.sep).encode("utf-8")
    stdout = done.stdout.replace(prefix, b"")
    stderr = done.stderr.replace(prefix, b"")
    base = os.path.join(ROOT, rel[:-3])
    changed = write_or_remove(base + ".out", stdout, True)
    changed |= write_or_remove(base + ".err", stderr, len(stderr) > 0)
    changed |= write_or_remove(base + ".exit", b"%d\n" % done.returncode, done.returncode != 0)
    return done.returncode, changed


def remove_orphans(programs):
    """Deletes goldens whose program is gone (after a full run only); returns how many."""
    live = {p[:-3] for p in programs}
    removed = 0
    for directory, _, names in os.walk(os.path.join(ROOT, PROGRAMS)):
        for name in names:
            base, ext = os.path.splitext(name)
            if ext in (".out", ".err", ".exit"):
                rel = os.path.relpath(os.path.join(directory, base), ROOT).replace(os.sep, "/")
                if rel not in live:
                    os.remove(os.path.join(directory, name))
                    removed += 1
    return removed


def main(argv):
    if platform.python_implementation() != "CPython" or sys.version_info[:2] != (3, 11):
        sys.exit("regen_program_goldens.py needs CPython 3.11, not %s %s"
                 % (platform.python_implementation(), platform.python_version()))
    programs = [a.replace(os.sep, "/") for a in argv] or all_programs()
    nonzero = changed = 0
    for rel in programs:
        parts = rel.split("/")
        if (not rel.startswith(PROGRAMS.replace(os.sep, "/") + "/") or not rel.endswith(".py")
                or any(part.startswith("_") for part in parts[:-1])):
            sys.exit("not a golden program (give paths relative to the repository root): " + rel)
        code, was_changed = regen(rel)
        nonzero += code != 0
        changed += was_changed
    if not argv:
        changed += remove_orphans(programs)
    print("%d programs (%d exit non-zero), %d goldens changed" % (len(programs), nonzero, changed))


if __name__ == "__main__":
    main(sys.argv[1:])
