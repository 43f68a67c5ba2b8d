# Exceptions raised and caught in a loop (ValueError from int(), KeyError, ZeroDivisionError).
def run(n):
    table = {"a": 1}
    caught = 0
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                total += int("x" if i % 2 else str(i))
            elif i % 3 == 1:
                total += table["b" if i % 5 else "a"]
            else:
                total += 10 // (i % 4 - 2)
        except ValueError:
            caught += 1
        except KeyError:
            caught += 2
        except ZeroDivisionError:
            caught += 3
    return caught, total

print(run(2_000_000))
