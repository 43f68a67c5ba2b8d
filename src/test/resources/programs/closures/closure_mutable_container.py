def memo():
    cache = {}
    calls = [0]
    def fib(n):
        calls[0] += 1
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache, calls

fib, cache, calls = memo()
print(fib(50), calls[0], len(cache))
print(fib(30), calls[0])
assert fib(10) == 55 and cache[50] == 12586269025
