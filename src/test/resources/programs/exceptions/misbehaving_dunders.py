# Misbehaving __eq__/__hash__/__repr__ and containers changed while iterated: Python errors, never Java ones.
class BadEq:
    def __eq__(self, other): raise ValueError("eq boom")
    def __hash__(self): return 1
class BadHash:
    def __hash__(self): raise KeyError("hash boom")
class WrongHash:
    def __hash__(self): return "x"
for thunk in [lambda: {BadEq(): 1, BadEq(): 2}, lambda: {BadHash(): 1}, lambda: {WrongHash()}, lambda: BadEq() in [1, 2],
              lambda: [BadEq()].index(3), lambda: sorted([BadEq(), BadEq()])]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e: print(e)
d = {1: 1}
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e: print(e)
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
class Mut:
    def __eq__(self, o):
        d2.clear()
        return False
    def __hash__(self): return 5
d2 = {Mut(): 1}
try: print(d2.get(Mut()))
except Exception as e: print(type(e).__name__, e)
class Rec:
    def __repr__(self): return repr(self)
try: repr(Rec())
except RecursionError as e: print("RecursionError")
x = []; x.append(x); print(x)
d3 = {}; d3[1] = d3; print(d3)
