s = "é\n"
print(f"{s!r}", f"{s!a}", f"{s!s}", f"{3.0!r}", f"{[1, 'a']!s}", f"{None}", f"{True:d}", f"{True}")
