text = """The quick brown fox
jumps over the lazy dog.
The dog sleeps."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = text.lower().replace(".", "").split()
print(len(words), sorted(set(words))[:5])
caps = " ".join([w.capitalize() for w in words[:4]])
print(caps, text.count("The"), text.find("lazy"))
