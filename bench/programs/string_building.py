# String building and formatting: join, f-strings, %-formatting, str methods.
def run(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i * 1.5:.2f}")
    s = ",".join(parts)
    upper = s.upper().count("0")
    words = []
    for i in range(n // 2):
        words.append("%s-%d" % ("item", i % 97))
    joined = " ".join(words)
    pieces = joined.split(" ")
    total = 0
    for p in pieces:
        total += len(p.replace("item", "x"))
    acc = ""
    for i in range(20000):
        acc += str(i % 10)
    return len(s), upper, total, len(acc), s[-12:]

print(run(900_000))
