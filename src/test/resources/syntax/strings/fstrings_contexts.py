@decorator(f'{x}')
def f(a=f'{b}', *, c: f'{d}' = 'e') -> f'{g}':
    """doc"""
    return f'{a}' + 'b'
class C(f'{base}'):
    x: str = f'{y}'
print(f'{x}', sep=f'{y}', *f'{z}', **{f'{k}': v})
x[f'{i}'] = f'{j}'
assert f'{x}', f'{y}'
del x[f'{k}']
with open(f'{path}') as f:
    pass
for ch in f'{s}':
    pass
while f'{x}':
    break
lambda: f'{x}'
async def g():
    await f'{x}'
    return f'{await x}'
match f'{x}':
    case 'a' 'b':
        pass
    case "c" | 'd':
        pass
    case b'x' b'y':
        pass
if x:
    z = f'''
    {a}
    {b}
    '''
    if y:
        z = (f'{a}'
             f'{b}'
             'c')
global_ = f'{x}'.join(f'{y}' for y in z)
z = f'{x}'[0]
z = f'{x}'.upper()
z = -f'{x}' if 0 else f'{x}' + f'{y}' * 2
z = 'a' 'b'.join(c)
z = ('a' 'b')[1]
z = x if 'y' else 'z'
z = not 'a'
z = 'a' in 'abc'
z = x, 'y', f'{z}'
