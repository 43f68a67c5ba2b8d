def window(seq, size):
    return [seq[i:i + size] for i in range(len(seq) - size + 1)]
print(window([1, 2, 3, 4, 5], 3), window("abcd", 2))
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(list(range(7)), 3), chunks("abcdefg", 2))
