import _pkgs.cycattr_b
a_value = 1
