import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
def countdown(n):
    return 0 if n == 0 else countdown(n - 1)
print(countdown(900))
