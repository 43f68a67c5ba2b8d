# str subclasses as format strings and as formatted values.
class Template(str):
    def fill(self, **kw):
        return self.format(**kw)


t = Template("{name} is {age:>3}")
print(t.fill(name="Ann", age=7), type(t.fill(name="x", age=1)).__name__, t % (), Template("%s-%d") % ("a", 1))
print(Template("{0}{0}").format("ab"), Template("%(k)s") % {"k": "v"}, type(Template("%s") % "x").__name__)


class Loud(str):
    def __format__(self, spec):
        return self.upper() + "!" + spec


class Quiet(str):
    def __str__(self):
        return "shh"


l, q = Loud("hi"), Quiet("hello")
print(f"{l}", f"{l:>5}", format(l, "x"), "{}".format(l), "%s" % l, str(l))
print(f"{q}", f"{q:>7}", format(q), "{}".format(q), "%s" % q, str(q), q, [q], q.upper(), q + "!")
print(f"{q!s}", f"{q!r}", f"{q!a}", "{!s}".format(q), ascii(q), repr(q))
