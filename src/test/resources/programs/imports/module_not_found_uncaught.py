# An uncaught ModuleNotFoundError from inside an imported module.
import _pkgs.plain
import _pkgs.nonexistent_module_for_test
