def ops():
    s = "a"
    n = 10
    lst = [1]
    def run():
        nonlocal s, n, lst
        s *= 3
        n //= 3
        n **= 2
        lst += [2]
        lst = lst + [3]
    run()
    return s, n, lst

print(ops())
