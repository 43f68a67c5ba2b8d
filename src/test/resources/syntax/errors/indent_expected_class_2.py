class A(B, metaclass=M):
pass
