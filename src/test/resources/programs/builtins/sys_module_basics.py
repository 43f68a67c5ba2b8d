import sys
print(sys.byteorder in ("little", "big"), sys.maxsize == 2 ** 63 - 1, sys.version.startswith("3.11"), sys.version_info.major, sys.version_info.minor)
print(sys.argv[0].endswith("sys_module_basics.py"), "sys" in sys.modules, sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.stdout.write("written directly\n")
sys.stderr.write("to stderr directly\n")
