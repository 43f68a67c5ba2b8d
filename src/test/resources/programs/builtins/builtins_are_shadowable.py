def sum(values):
    return "my sum"
print(sum([1, 2]))
del sum
print(sum([1, 2]))
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.maxsize, sys.version_info[:2] >= (3, 0))
