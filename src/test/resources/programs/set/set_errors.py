s = {1}
try:
    s.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
