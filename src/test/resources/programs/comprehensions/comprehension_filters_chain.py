nums = range(1, 50)
primes = [n for n in nums if n > 1 and all([n % d for d in range(2, int(n ** 0.5) + 1)])]
print(primes)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
