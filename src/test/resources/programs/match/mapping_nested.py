doc = {
    "user": {"name": "ada", "roles": ["admin", "dev"]},
    "meta": {"version": 2, "tags": ("x", "y")},
}

match doc:
    case {"user": {"name": str(name), "roles": [*roles]}, "meta": {"version": 2 | 3 as v}}:
        print(name, roles, v)

match doc:
    case {"user": {"roles": ["admin", *_]}}:
        print("first role is admin")

match doc:
    case {"meta": {"tags": (first, second)}}:
        print("tags", first, second)

match doc:
    case {"user": {"name": "bob"}}:
        print("bob?")
    case {"user": {"name": other}}:
        print("not bob:", other)
