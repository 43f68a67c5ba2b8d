f(a b)
x = "abc
