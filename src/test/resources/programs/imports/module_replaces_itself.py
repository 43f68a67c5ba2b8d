# A module may replace its own sys.modules entry: import returns the replacement.
import _pkgs.selfreplace as s
print(s, s.name)
import sys
print(sys.modules["_pkgs.selfreplace"] is s)
