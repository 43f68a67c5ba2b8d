errors = {}
for value in ["1", "x", "3", "", "5.5", "7"]:
    try:
        n = int(value)
    except ValueError as e:
        errors[value] = str(e)
    else:
        print("parsed", n)
print(errors)
