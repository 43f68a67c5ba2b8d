# Seed 001: the bytecode of add/do_add (the article shows Python 2's; this is 3.11's).
import dis

def add(x):
    def do_add(value):
        return x + value
    return do_add

dis.dis(add)
