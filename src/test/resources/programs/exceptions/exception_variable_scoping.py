err = None
try:
    {}["k"]
except KeyError as exc:
    err = exc
print(repr(err), err.args)
try:
    exc
except NameError as e:
    print("NameError:", e)
