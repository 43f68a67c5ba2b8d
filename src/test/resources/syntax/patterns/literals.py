match x:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5e10:
        pass
    case 3j:
        pass
    case -3j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 1.5 - 0.5j:
        pass
    case 0x_ff:
        pass
    case "s":
        pass
    case "a" "b" 'c':
        pass
    case b"bytes":
        pass
    case r"raw\d" """triple""":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case 123456789012345678901234567890:
        pass
    case -  7:
        pass
