data = [1, 5, 10, 15]
if (n := len(data)) > 3:
    print(f"long list ({n} elements)")
i = 0
while (item := data[i]) < 10:
    print("item", item)
    i += 1
print(item, [y for x in data if (y := x % 4)], y)
