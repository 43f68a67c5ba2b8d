# from package import submodule loads the submodule; names already there are not reloaded.
import sys
from _pkgs.stars import sub_two, alpha
print(sub_two.TWO, alpha)
from _pkgs.stars import sub_two as again
print(again is sub_two)
print(sorted(n for n in sys.modules if n.startswith("_pkgs.stars")))
