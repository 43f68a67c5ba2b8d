e1 = ValueError("first")
e1.add_note("note on a member")
e1.add_note("a two-line\nnote")
e2 = TypeError("second")
g = ExceptionGroup("with notes", [e1, e2])
g.add_note("note on the group")
raise g
