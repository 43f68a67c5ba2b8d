s = "Grüße, 世界"
for enc in ("utf-8", "utf-16-le", "latin-1"):
    try:
        data = s.encode(enc)
        print(enc, len(data), data[:6], data.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "error:", e.reason, e.start, e.end)
