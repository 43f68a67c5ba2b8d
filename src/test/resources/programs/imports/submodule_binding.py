# Submodules become attributes of their package; attributes win over submodules in from-imports.
import _pkgs.shadow as shadow
print(shadow.sub, shadow.real_sub.__name__)
from _pkgs.shadow import sub
print(sub)
import _pkgs.shadow.sub
print(type(shadow.sub).__name__)
from _pkgs.shadow import sub
print(sub.__name__)
