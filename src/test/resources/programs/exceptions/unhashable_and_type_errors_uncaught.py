cache = {}
key = ["not", "hashable"]
cache[key] = 1
