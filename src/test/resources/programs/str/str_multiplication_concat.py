parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "+".join(parts[1:]))
s = ""
for ch in "abc":
    s += ch.upper() + ch
print(s, s * 0, s * -1, len(s * 3))
