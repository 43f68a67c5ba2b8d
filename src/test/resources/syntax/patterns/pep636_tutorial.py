# Examples after PEP 636 (the pattern matching tutorial) and PEP 634 (the specification).
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 0
    GREEN = 1
    BLUE = 2


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Click:
    position: tuple
    button: object


def handle(command, current_room, character, event, points):
    match command.split():
        case [action]:
            pass
        case [action, obj]:
            pass
    match command.split():
        case ["quit"]:
            print("Goodbye!")
            quit_game()
        case ["look"]:
            current_room.describe()
        case ["get", obj]:
            character.get(obj, current_room)
        case ["go", direction]:
            current_room = current_room.neighbor(direction)
        case ["drop", *objects]:
            for obj in objects:
                character.drop(obj, current_room)
        case ["north"] | ["go", "north"]:
            current_room = current_room.neighbor("north")
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            pass
        case ["go", ("north" | "south" | "east" | "west")]:
            current_room = current_room.neighbor(...)
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            current_room = current_room.neighbor(direction)
        case ["go", direction] if direction in current_room.exits:
            current_room = current_room.neighbor(direction)
        case ["go", _]:
            print("Sorry, you can't go that way")
        case _:
            print(f"Sorry, I couldn't understand {command!r}")
    match event.get():
        case Click(position=(x, y)):
            handle_click_at(x, y)
        case KeyPress(key_name="Q") | Quit():
            game.quit()
        case KeyPress(key_name="up arrow"):
            game.go_north()
        case KeyPress():
            pass
        case other_event:
            raise ValueError(f"Unrecognized event: {other_event}")
    match event.get():
        case Click((x, y), button=Button.LEFT):
            handle_click_at(x, y)
        case Click():
            pass
    match event.get():
        case {"text": str(message), "color": str(c), **rest}:
            ui.display(message, c)
        case {"sleep": float(duration)}:
            ui.wait(duration)
        case {"sound": str(url), "format": "ogg"}:
            ui.play(url)
        case {"sound": _, "format": _}:
            warning("Unsupported audio format")
    match points:
        case []:
            print("No points")
        case [Point(x=0, y=0)]:
            print("The origin")
        case [Point(x, y)]:
            print(f"Single point {x}, {y}")
        case [Point(0, y1), Point(0, y2)]:
            print(f"Two on the Y axis at {y1}, {y2}")
        case _:
            print("Something else")
    match points:
        case Point(x, y) if x == y:
            print(f"Y=X at {x}")
        case Point(x, y):
            print(f"Not on the diagonal")
    match color:
        case Color.RED:
            print("I see red!")
        case Color.GREEN:
            print("Grass is green")
        case Color.BLUE:
            print("I'm feeling the blues :(")
    match json_pet:
        case {"type": "cat", "name": name, "pattern": pattern}:
            return Cat(name, pattern)
        case {"type": "dog", "name": name, "breed": breed}:
            return Dog(name, breed)
        case _:
            raise ValueError("Not a suitable pet")


def pep634(x, y):
    match x:
        case 1 | 2 | 3:
            pass
        case (1 | 2) as z:
            pass
        case [1, 2, *rest] as whole:
            pass
        case {1: _, "k": -1.5e-3, **kw}:
            pass
        case -0j | 1 + 0j | -1.0 - 1j | 0.5 + 1.5J:
            pass
        case b"x" | "y" | None | True | False:
            pass
        case a.b.c | a.b(c=d) | a():
            pass
        case str() | bytes() | bytearray():
            pass
        case (a, *b, c):
            pass
        case [*_]:
            pass
        case {**_rest}:
            pass
        case Point(x=0) | Point(y=0) if x:
            pass
        case int(0 | 1 as bit):
            pass
        case tuple((a, b)):
            pass


match = case = _ = 1
match match:
    case case:
        pass
match (match, case):
    case (_, _):
        pass
