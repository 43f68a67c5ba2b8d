print("cyc_b: start")
from . import cyc_a
def from_b_plain():
    return "b"
def from_b():
    return "b:" + cyc_a.from_a()
print("cyc_b: end, cyc_a has from_a:", hasattr(cyc_a, "from_a"))
