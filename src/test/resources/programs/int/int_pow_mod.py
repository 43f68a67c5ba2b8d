print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2, -2))
print(pow(7, 123456789, 1000000007))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
