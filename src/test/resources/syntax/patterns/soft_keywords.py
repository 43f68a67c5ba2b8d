match = 1
match(x)
match[1]
match.a = 2
match * 2
match -x
match, case = 1, 2
case = 3
_ = 4
print(match, case, _)
def match(match): return match
match: int = 5
match
match ()
match -1
x = [match for match in range(3)]
if match: pass
class match: pass
match.case.match = 6
