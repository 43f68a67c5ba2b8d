# Sorting and keyed containers with subclass instances compare by value; stable order preserved.
class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(p) for p in text.split(".")))

    def __str__(self):
        return ".".join(map(str, self))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print([str(v) for v in sorted(vs)], str(max(vs)), Version("1.2") < Version("1.10"), Version("2") > (1, 99))


class Word(str):
    def __lt__(self, other):
        return self.lower() < other.lower()


ws = [Word("banana"), Word("Apple"), Word("cherry")]
print(sorted(ws), sorted(ws, reverse=True), min(ws), max(ws), sorted(["b", "A"]))


class Score(int):
    pass


scores = {"ann": Score(3), "bob": Score(10), "cy": Score(3)}
print(sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([Score(2), 1.5, Score(1), True]), sorted({Score(2): 0, 1: 0}))
