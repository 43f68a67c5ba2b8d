@x


class A: pass
@y
