print(int(), int(3.99), int(-3.99), int("42"), int("  -17  "), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int(True), int("١٢٣"))
for bad in ("", "1.5", "abc", "0x", "1__0"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
