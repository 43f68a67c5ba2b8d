count = 0
def increment():
    global count
    count += 1
for _ in range(1000):
    increment()
print(count)
