for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "\x00\x7f\x80", "é", "日本", "\u200b", "\U0001F600", "back\\slash"):
    print(repr(s))
print(str("x"), ascii("é日\U0001F600"), repr(""))
