# from m import * copies __all__ (submodules named there are imported).
from _pkgs.stars import *
print(alpha, public_fn(), sub_one.ONE)
print("beta" in dir(), "_gamma" in dir(), "sub_two" in dir())
import sys
print("_pkgs.stars.sub_two" in sys.modules)
