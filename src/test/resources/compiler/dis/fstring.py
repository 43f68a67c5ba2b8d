x = f'{a}'
y = f'{a!r} {b:>10} {c!s:{d}}'
