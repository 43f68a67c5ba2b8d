__all__ = ["alpha", "public_fn", "sub_one"]
alpha = 1
beta = 2
_gamma = 3
def public_fn():
    return "public"
