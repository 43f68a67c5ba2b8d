import _pkgs.cycattr_a
print("cycattr_b sees:", _pkgs.cycattr_a.a_value)
