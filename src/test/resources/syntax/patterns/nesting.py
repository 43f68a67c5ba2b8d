def f(cmd):
    match cmd:
        case {"op": "add", "args": [a, b]} if a > 0:
            return a + b
        case {"op": "neg", "arg": x} if (y := x):
            match y:
                case int() | float():
                    return -y
                case _:
                    raise TypeError
        case _:
            pass

class C:
    def m(self):
        for i in range(3):
            match i:
                case 0:
                    continue
                case 1 if i:
                    break
                case _:
                    while True:
                        match (i, self):
                            case (0, C()):
                                pass
                            case _:
                                return
    match = 1
    async def g(self):
        match await self.x():
            case [*_]:
                pass
