def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "some mapping without type"
        case _:
            return "not a mapping"


print(handle({"type": "click", "x": 1, "y": 2}))
print(handle({"type": "click", "x": 1, "y": 2, "extra": True}))
print(handle({"type": "key", "key": "q"}))
print(handle({"type": "scroll"}))
print(handle({"x": 1}))
print(handle({}))
print(handle([("type", "click")]))
print(handle("type"))
