# An uncaught error in an imported module's body: the traceback shows both files.
print("importing")
import _pkgs.deep_error
