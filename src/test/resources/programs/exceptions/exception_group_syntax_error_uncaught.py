try:
    compile("x = (1,\n  2 +", "<s>", "exec")
except SyntaxError as e:
    s = e
try:
    compile("a b", "f.py", "exec")
except SyntaxError as e:
    t = e
raise ExceptionGroup("syn", [s, t])
