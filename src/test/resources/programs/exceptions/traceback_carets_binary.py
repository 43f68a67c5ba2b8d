a = 10
b = 0
values = [1, 2]
result = a + values[0] * (a // b)
