# a tokenizer and a recursive-descent evaluator built on generators
def tokenize(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            yield ("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("name", text[i:j])
            i = j
        elif c in "+-*/()^,":
            yield ("op", c)
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (c, i))
    yield ("end", None)

class Parser:
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.env = env
        self.advance()
    def advance(self):
        self.kind, self.value = next(self.tokens)
    def expect(self, value):
        if self.value != value:
            raise SyntaxError("expected %r, got %r" % (value, self.value))
        self.advance()
    def expr(self):
        v = self.term()
        while self.value in ("+", "-"):
            op = self.value
            self.advance()
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.power()
        while self.value in ("*", "/"):
            op = self.value
            self.advance()
            r = self.power()
            v = v * r if op == "*" else v / r
        return v
    def power(self):
        v = self.atom()
        if self.value == "^":
            self.advance()
            return v ** self.power()
        return v
    def atom(self):
        kind, value = self.kind, self.value
        if kind == "num":
            self.advance()
            return value
        if kind == "name":
            self.advance()
            if self.value == "(":
                self.advance()
                args = [self.expr()]
                while self.value == ",":
                    self.advance()
                    args.append(self.expr())
                self.expect(")")
                return self.env[value](*args)
            return self.env[value]
        if value == "(":
            self.advance()
            v = self.expr()
            self.expect(")")
            return v
        if value == "-":
            self.advance()
            return -self.atom()
        raise SyntaxError("unexpected %r" % (value,))

env = {"x": 3, "max": max, "min": min, "half": lambda v: v / 2}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "max(x, 10, 4) - half(5)", "-x * -(2 + 1.5)", "min(1,", "3 $ 4"]:
    try:
        print(src, "=", Parser(src, env).expr())
    except SyntaxError as e:
        print(src, "->", "SyntaxError:", e)
print(list(tokenize("a1 + 22.5")))
