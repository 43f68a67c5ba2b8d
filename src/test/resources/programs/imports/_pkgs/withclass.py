class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Widget({self.n})"
def make(n):
    return Widget(n)
