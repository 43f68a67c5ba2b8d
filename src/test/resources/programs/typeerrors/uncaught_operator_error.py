# An uncaught TypeError from an operator, with the caret line of 3.11.
total = 0
items = [1, 2, "3"]
for item in items:
    total = total + item
print(total)
