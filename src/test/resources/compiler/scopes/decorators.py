def deco(f):
    return f


@deco
def plain():
    pass


@deco
@deco(
    1,
)
def multi():
    pass


class Holder:
    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1

    @deco
    class InnerDecorated:
        pass


@deco
class Decorated:
    @deco
    async def coro(self):
        pass
