def grade(score):
    match score:
        case int(s) if s >= 90:
            return "A"
        case int(s) if s >= 80:
            return "B"
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case int():
            return "C or below"
        case _:
            return "not a score"


for s in [95, 85, 70, -5, 101, "90"]:
    print(s, grade(s))

# a capture made by a pattern stays bound when its guard fails
match 3:
    case x if x > 5:
        print("no")
    case _:
        print("x is bound anyway:", x)
