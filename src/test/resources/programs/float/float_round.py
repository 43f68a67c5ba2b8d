print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(0.5), round(1.5))
print(round(123.456, -1), round(123.456, 1), round(-0.5), type(round(2.5)), type(round(2.5, 0)))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
assert round(0.5) == 0 and round(1.5) == 2 and round(2.675, 2) == 2.67
