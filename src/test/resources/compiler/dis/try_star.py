try:
    a
except* E as e:
    b
except* F:
    c
else:
    d
def f():
    try:
        a
    except* (A, B) as e:
        b = 1
    finally:
        c
