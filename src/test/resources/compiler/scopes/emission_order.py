def defs():
    @(dd := deco)
    def g(a: (a1 := int), /, b: (b1 := int) = (dflt := 1), *va: (v1 := int),
          k: (k1 := int) = (kd := 2), **kw: (w1 := int)) -> (ret := int):
        pass
    @(cd := deco)
    class C((base := object), metaclass=(meta := type)):
        pass
    return g, C


def exprs():
    d = {(k1 := 1): (v1 := 2), **(d1 := {})}
    f(*(s1 := []), a=(t1 := 1), **(u1 := {}))
    x = [(n1 := 1), *(n2 := []), (n3 := 3)]
    y = (o1 := 1) if (o2 := 2) else (o3 := 3)
    z = (p1 := 1) < (p2 := 2) < (p3 := 3)
    return x[(q1 := 0):(q2 := 1):(q3 := 1)]


def stmts(obj):
    obj.attr += (aug := 1)
    for it in (src := []):
        pass
    with (ctx1 := a) as t1, (ctx2 := b) as t2:
        pass
    try:
        pass
    except (exc := ValueError) as caught:
        body = 1
    while (cond := 0):
        inner = 1
    match (subj := obj):
        case {"k": cap} if (guard := cap):
            pass
        case [1 as one, *more] | [*more, one]:
            pass
    raise (e1 := X) from (e2 := Y)


def imports():
    import a.b.c
    import d.e as alias
    from f import g, h as hh
    from . import rel
    return a, alias, g, hh, rel


def deleting(obj):
    del (first, [second]), third
