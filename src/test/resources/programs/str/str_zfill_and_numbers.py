for n in (5, -5, 123456):
    print(str(n).zfill(4), str(n).rjust(8, "."), "%05d" % n, f"{n:05}")
print("3.14".replace(".", ","), "1,234".replace(",", ""), int("1,234".replace(",", "")) + 1)
