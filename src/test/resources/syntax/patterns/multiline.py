match (
    a,
    b,
):
    case (
        1,  # comment
        *rest,
    ) if (
        rest
    ):
        pass
    case {
        "k":
            [1,
             2],
        **kw
    }:
        pass
    case Cls(
        1,
        x=\
            2,
    ):
        pass
    case 1 \
        | 2:
        pass
    case f"fmt{x}" | f"{y!r:>10}":
        pass
    case 1_000 | 0o17 | 0b1 | 0xDEAD_beef | 1e5 | 1E-5j | 1.j | .5:
        pass
    case -0.0 - 0.0j | 9999999999999999999999999999999999999999 + 1e400j:
        pass


match x:
    # comment between
    case 1:

        pass

    # another
    case 2: pass
