class Secret:
    __hidden = 1
    __dunder__ = 2

    def __method(self, __arg):
        __local = __arg
        def inner():
            return __local
        return inner

    def uses(self):
        import __future__
        import os.path as __p
        return self.__hidden, [__c for __c in range(2)]


class _:
    def __m(self):
        __x = 1
        return __x


class __Leading:
    def f(self):
        __y = 2
        return __y
