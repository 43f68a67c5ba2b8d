match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case _:
        pass
    case x:
        x = 1
    case match:
        pass
    case case:
        pass
    case é_名前:
        pass
    case ﬁ:
        pass
