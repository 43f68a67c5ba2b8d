match color:
    case Color.RED:
        print("red")
    case a.b.c.d:
        pass
    case match.case:
        pass
    case Color.RED | Color.GREEN | 0 | "s" | None:
        pass
