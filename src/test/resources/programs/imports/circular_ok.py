# A circular import that works: each module only uses the other's names later, in functions.
import _pkgs.cyc_b as b
import _pkgs.cyc_a as a
print(b.from_b(), a.from_a())
print(a.cyc_b is b, b.cyc_a is a)
