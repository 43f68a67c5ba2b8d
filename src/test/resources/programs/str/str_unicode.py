s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[-1], s[11:14], s.encode("utf-8"), len(s.encode("utf-8")))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print(ord("😀"), chr(128512), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
