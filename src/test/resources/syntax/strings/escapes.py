a = '\n\t\\\'\"\a\b\f\v\r'
b = '\0\1\7\10\77\101\377\400\777\1234'
c = '\x41\x7e\xff\xFF\xaB'
d = '\u00e9\u20AC\uffff\ud800x\udfff'
e = '\U0001F600\U00000041\U0010FFFF'
f = '\N{LATIN SMALL LETTER A}\N{latin capital letter b}\N{EM DASH}'
g = '\N{LINE FEED}\N{NBSP}\N{BYTE ORDER MARK}\N{NULL}\N{ZWJ}'
h = '\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{GRINNING FACE}'
i = 'line\
continued'
j = '''a\
b\
\
c'''
k = '\d\w\s\.\(\8\9\%\ \z'
l = 'é\n😀\t\x41é'
m = '\é\😀'
n = b'\n\t\\\'\"\a\b\f\v\r'
o = b'\0\1\7\10\77\101\377\400\777'
p = b'\x41\x7e\xff\xFF\xaB'
q = b'\u1234\U00012345\N{DIGIT ONE}\d'
r = b'a\
b'
s = r'\N{not checked}\x\u\U' r'\x'
ss = rb'\x' br'\N{x}'
t = '\ud83d.\ude00'
u = '\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE GGWAELH}'
v = '\N{ARABIC LETTER ALEF WITH ATTACHED FATHA}\N{END OF LINE}'
