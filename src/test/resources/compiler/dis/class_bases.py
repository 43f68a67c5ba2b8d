class C(A, B, metaclass=M, x=1):
    y = 2
