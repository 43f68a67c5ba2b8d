# ImportError: cannot import name 'y' from 'm' (path), and from a built-in module.
def attempt(code):
    try:
        exec(code, {})
    except ImportError as e:
        print(type(e).__name__, "|", e)
        print("  name =", e.name, "| path is None:", e.path is None)

attempt("from _pkgs.plain import nothing")
attempt("from _pkgs.shapes import nothing")
attempt("from sys import nothing")
attempt("from _pkgs.shadow import nothing")
