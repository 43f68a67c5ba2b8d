a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = ''
f = ""
g = ''''''
h = """"""
i = u'kind u'
j = U'no kind'
k = r'raw \n'
l = R"raw \x"
m = b'bytes'
n = B"BYTES"
o = rb'\d'
p = Rb'\\' bR"\x" BR'' br""
q = 'a' 'b' "c" '''d''' """e"""
r = u'u first' 'plain' r'\raw'
s = 'plain' u'u second'
t = b'a' b'b' rb'\c'
u = ('implicit'
     'concatenation'
     "across lines")
v = 'é' 'ü' '😀' "中文"
w = '' '' ''
x = u''
y = b'' b''
z = ('''multi
line''' 'and' """more
lines""")
print('a', "b" 'c', end='')
def f():
    """Docstring."""
    return 'x' \
        'y'
