def which(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else: " + repr(x)


for v in [None, True, False, 1, 0, 1.0, "", [], ()]:
    print(which(v))

# True, False and None compare by identity: 1 is not True
assert which(1) == "something else: 1"
assert which(0) == "something else: 0"
