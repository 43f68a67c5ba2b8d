# A syntax error in an imported module.
try:
    import _pkgs.syntaxbad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("syntaxbad.py"))
import sys
print("_pkgs.syntaxbad" in sys.modules)
import _pkgs.syntaxbad
