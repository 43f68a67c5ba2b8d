stack = []
for c in "abc":
    stack.append(c)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list(range(5))
order = []
while queue:
    order.append(queue.pop(0))
    if len(order) == 2:
        queue.append(99)
print(order)
