class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit sees", exc[0])
        return False


def work():
    with Guard():
        x = {}
        return x["nope"]


work()
