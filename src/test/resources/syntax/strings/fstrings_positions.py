z = f"a{x!r}"
z = f"a{x:>3}"
z = f"{x}{x}"
z = f"{y}" f"{y}"
z = (1,
   f"""ab
c{x}
  {y +
 z}""")
z = f"""{
x}"""
z = f"""{   
x}"""
z = (1,
   f"""ab{x}
c{y}""")
z = (1,
   f"""ab{x}
   cdef{y}""")
z = (1,
   f"""ab{x}
{
y}""")
z = f"""ab{x}
{ y
}"""
z = f"""{ y}{
 (x +
 x
 )}"""
z = f"é{x}ü{y}"
z = f"😀{x:{y}}"
z = f"{é}" f"{ü + é}"
z = ("a"
     f"{x}"
     "b" f"{y}")
def g():
    return f'{a.b.c(d, e=f)[1:2]}'
z = f'''
{x}
''' f'''{y}
'''
z = f'{x:{y}{z}}' f'{x:{y}}{z:{w}}'
z = f'{x!r:{y}}'
z = f'{ x = }'
z = f'{x=}{y=}'
z = f'{a}' f'{a}'
z = f'{a}' 'lit' f'{b:{c}}' u'x'
z = f'''{x:
{y}}'''
z = f'{"é"}{x}'
z = f'{x}' \
    f'{y}'
z = f'''{
    x
    }'''
z = f'''{x
+
y}'''
z = f'''abc
    {x} {y
    }'''
