e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
