def run(command):
    match command.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            return "you look around"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"you go {direction}"
        case ["go", other]:
            return f"you cannot go {other}"
        case ["drop", *objects] if objects:
            return "dropped " + ", ".join(objects)
        case ["drop"]:
            return "drop what?"
        case [verb, *_]:
            return f"I don't know how to {verb}"
        case []:
            return "say something"


for c in ["quit", "exit", "look", "go north", "go up", "drop sword shield", "drop", "dance wildly", ""]:
    print(repr(c), "->", run(c))
