s = "0123456789"
print(s[2:5], s[:-3], s[-3:], s[::3], s[1::2], s[::-2], s[8:2:-2], s[5:2], s[-100:100])
print(s[slice(1, 4)], s[slice(None, None, -1)], s[3:3] == "")
try:
    s[::0]
except ValueError as e:
    print(e)
