print(tuple({1: "a", 2: "b"}), tuple([x * 2 for x in range(3)]), tuple(range(0)), tuple("héllo"))
try:
    tuple(5)
except TypeError as e:
    print(e)
