# The VM runs some pairs of instructions as one (LOAD_FAST+LOAD_FAST, STORE_FAST+LOAD_FAST,
# COMPARE_OP+POP_JUMP..., PRECALL+CALL): each pair must behave exactly as its two instructions —
# errors belong to the right one, and a jump to the second runs it alone.

def jump_into_pair(c):
    y = 0
    if c:
        y = 1          # STORE_FAST y, then the jump target: LOAD_FAST y
    return y

print([jump_into_pair(c) for c in (0, 1, 0, 1)])

def second_unbound():
    x = 1
    try:
        print(x, later)     # LOAD_FAST x; LOAD_FAST later
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    later = 2
    return later

print(second_unbound())

def const_then_unbound():
    try:
        return 1 + later
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    later = 0

const_then_unbound()

def store_store():
    a, b = 1, 2
    a, b = b, a
    return a, b

print(store_store())

class Truthless:
    def __bool__(self):
        raise ValueError("no truth value")

class Odd:
    def __lt__(self, other):
        return Truthless()
    def __gt__(self, other):
        return 1 / 0

def compare_jumps(o):
    out = []
    for test in (lambda: o < 1, lambda: o > 1):
        try:
            if test():
                out.append("taken")
        except Exception as e:
            out.append(type(e).__name__)
    try:
        if o < 1:
            out.append("never")
    except ValueError as e:
        out.append(str(e))
    try:
        while o > 0:
            pass
    except ZeroDivisionError as e:
        out.append(str(e))
    return out

print(compare_jumps(Odd()))

def loops(n):
    i = 0
    total = 0
    while i < n:        # COMPARE_OP + POP_JUMP backward (the loop test at the bottom)
        if i % 3 == 0:  # COMPARE_OP + POP_JUMP forward
            total += i
        i += 1
    while not (i <= 0):
        i -= 2
    return total, i

print(loops(10), loops(0), loops(1))

class Meth:
    def __init__(self, k):
        self.k = k
    def times(self, x, y=1):
        return self.k * x * y

m = Meth(3)
print(m.times(2), m.times(2, y=5), Meth.times(m, 4), [m.times(i) for i in range(4)])

def raises_in_call():
    def inner(a):
        return a + "x"
    return inner(1)

try:
    raises_in_call()
except TypeError as e:
    print("TypeError:", e)

def uncaught():
    first = 1
    print(first, second)
    second = 2

uncaught()
