with a as b, c as d:
    f(b, d)
