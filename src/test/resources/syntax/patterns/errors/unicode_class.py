match données:
    case Ω(a=1, été):
        pass
