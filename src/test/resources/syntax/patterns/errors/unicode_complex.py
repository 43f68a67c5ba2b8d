match données:
    case "é" | 1j + 2j:
        pass
