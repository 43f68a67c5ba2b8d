match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as y:
        pass
    case 1 | 2 as y:
        pass
    case ((a as b) as c) as d:
        pass
    case _ as x:
        pass
    case {"k": v as w} | [w]:
        pass
    case (
        1
        | 2
    ) as multi_line:
        pass
