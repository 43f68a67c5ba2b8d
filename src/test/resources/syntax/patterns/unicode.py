match x if False else données:
    case {"clé": [été, *reste]} | Ω.β(γ=δ):
        pass
    case "ünïcödé" as résultat:
        pass
