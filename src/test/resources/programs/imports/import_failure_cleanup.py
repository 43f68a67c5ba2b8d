# A module whose body fails is removed from sys.modules; importing again runs it again.
import sys
for attempt in (0, 1):
    try:
        import _pkgs.failing
    except RuntimeError as e:
        print("attempt", attempt, "RuntimeError:", e, "| in sys.modules:", "_pkgs.failing" in sys.modules)
import _pkgs
print(hasattr(_pkgs, "failing"))
try:
    import _pkgs.failpkg.broken
except ValueError as e:
    print("ValueError:", e)
print("_pkgs.failpkg" in sys.modules, "_pkgs.failpkg.broken" in sys.modules, hasattr(_pkgs.failpkg, "broken"))
