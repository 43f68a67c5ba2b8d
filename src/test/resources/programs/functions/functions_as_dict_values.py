def dispatch(op, *args):
    table = {"sum": sum, "max": max, "min": min, "len": len}
    return table[op](args)
print(dispatch("sum", 1, 2, 3), dispatch("max", 4, 9, 2), dispatch("len", 0, 0))
try:
    dispatch("avg", 1)
except KeyError as e:
    print("KeyError", e)
