s = "hello wORLD ß ǅ"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "½".isnumeric(), "  ".isspace(), "Title Case".istitle())
print("ABC".isupper(), "abc".islower(), "_id1".isidentifier(), "1id".isidentifier(), "\t".isprintable())
