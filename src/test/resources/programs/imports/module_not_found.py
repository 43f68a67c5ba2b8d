# ModuleNotFoundError messages and their name attribute.
def attempt(code):
    try:
        exec(code, {})
    except ImportError as e:
        print(type(e).__name__, "|", e, "| name =", e.name)

attempt("import no_such_module_xyz")
attempt("import _pkgs.nothing_here")
attempt("import _pkgs.plain.sub")
attempt("from _pkgs.plain.sub import x")
attempt("import _pkgs.shapes.poly.nope")
attempt("from _pkgs import nothing_here")
attempt("import no_such_pkg.child")
print(issubclass(ModuleNotFoundError, ImportError))
e = ModuleNotFoundError("msg", name="n", path="p")
print(e.name, e.path, e.msg, str(e), repr(e))
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")))
try:
    ImportError("x", bogus=1)
except TypeError as e:
    print(e)
