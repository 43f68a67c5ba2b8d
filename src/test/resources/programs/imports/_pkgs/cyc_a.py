print("cyc_a: start")
from . import cyc_b
def from_a():
    return "a:" + cyc_b.from_b_plain()
print("cyc_a: end")
