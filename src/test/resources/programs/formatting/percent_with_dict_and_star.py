row = {"n": 3, "w": "widgets", "p": 2.5}
print("%(n)03d %(w)-10s $%(p)7.2f" % row)
print("%-*s|%.*f" % (6, "ab", 2, 3.14159))
print("%s" % "only", "%s%%" % 99, "%% %s" % "pct")
