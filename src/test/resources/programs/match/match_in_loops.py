commands = ["go", "go", "skip", "go", "stop", "go"]
position = 0
for cmd in commands:
    match cmd:
        case "go":
            position += 1
        case "skip":
            continue
        case "stop":
            break
    print("after", cmd, position)
print("final", position)

stack = [[1, [2, [3, [4, []]]]]]
depth = 0
while stack:
    match stack.pop():
        case [value, rest]:
            depth += 1
            print("value", value)
            stack.append(rest)
        case []:
            print("end at depth", depth)
