# The same cycle, uncaught: the traceback goes through both modules.
import _pkgs.cycfail_b
