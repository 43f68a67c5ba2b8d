match x:
    case [y] as 'abc':
        pass
