def todo():
    pass
def later():
    ...
print(todo(), later(), ..., type(...).__name__, Ellipsis is ...)
if True:
    pass
for _ in range(2):
    pass
print("done")
