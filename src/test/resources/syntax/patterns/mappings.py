match m:
    case {}:
        pass
    case {**rest}:
        pass
    case {**rest,}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1,}:
        pass
    case {"a": 1, "b": [x, y], **kw}:
        pass
    case {"a": 1, **kw,}:
        pass
    case {1: _, -2: _, 1+2j: _, None: n, True: t, False: f, b"k": v, Const.X: z}:
        pass
    case {"nested": {"deeper": [1, {2: x}]}}:
        pass
    case {a.b: c, d.e.f: {}}:
        pass
