print("hello world".title(), "a-b_c d".title(), "o'neil".title())
print("abc".center(2), "Ab12".isalnum(), "١٢".isdecimal(), "²".isdigit(), "²".isdecimal())
print("%s has %d items" % ("cart", 3), "tab\tsep".split("\t"))
print("CamelCaseString".lower().count("c"), "x".join("123"), "aXbXc".split("X", maxsplit=1))
