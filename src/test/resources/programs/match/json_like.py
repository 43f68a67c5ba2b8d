def summarize(value, indent=0):
    pad = "  " * indent
    match value:
        case None | True | False:
            print(f"{pad}literal {value}")
        case int() | float():
            print(f"{pad}number {value}")
        case str():
            print(f"{pad}string {value!r}")
        case []:
            print(f"{pad}empty array")
        case [*items]:
            print(f"{pad}array of {len(items)}")
            for item in items:
                summarize(item, indent + 1)
        case {}:
            if not value:
                print(f"{pad}empty object")
            else:
                print(f"{pad}object with keys {sorted(value)}")
                for k in sorted(value):
                    summarize(value[k], indent + 1)


summarize({"name": "x", "tags": ["a", 1, None], "nested": {"ok": True, "ratio": 0.5}, "empty": {}, "list": []})
