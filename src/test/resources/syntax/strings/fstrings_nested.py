z = f"{f'{x}'}"
z = f"{f'{x:{y}}'!r:>{w}}"
z = f'''{f"{f'{x}'}"}'''
z = f"{'a' 'b'}"
z = f"{'a' f'{x}'}"
z = f"{x:{f'{y}'}}"
z = f'{"""a"""}'
z = f"{'''a'''}"
z = f'''{
    f"{x}"
}'''
z = f"""{f'''{
x}'''}"""
z = f"{ {'a': f'{x}'}['a'] }"
z = f"{[f'{i}' for i in x]}"
z = f"{(lambda: f'{x}')()}"
z = f'{x!r:{"<" if y else ">"}10}'
z = f"{'{'}{'}'}"
z = f"{'!'}{':'}{'='}"
z = f"{x['key']}" f'{x["key"]}'
z = f"{x:{y:}}" if 0 else 0
