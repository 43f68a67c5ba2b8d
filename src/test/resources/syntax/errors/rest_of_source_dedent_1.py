f(a b)
if 1:
  foo()
 bar()
