match données:
    case "é" as _:
        pass
