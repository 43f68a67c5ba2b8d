print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1j: "i"}[1j], {1: "one"}[1 + 0j])
print(sorted([3j, 1j, 2j], key=abs), [1j, 2] == [1j, 2.0], (1 + 2j) in [1 + 2j], 0j == 0 == 0.0 == False)
print(sum([1 + 1j] * 4), (1 + 1j) * 2 ** 40, complex(2 ** 60, 0))
