class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(show(tree), "=", evaluate(tree))
print(evaluate(Neg(Neg(Num(7)))))
print(evaluate(BinOp("*", Num(0), BinOp("/", Num(1), Num(0)))))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("error:", e)
