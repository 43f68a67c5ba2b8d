foo(a, b
y = 2
