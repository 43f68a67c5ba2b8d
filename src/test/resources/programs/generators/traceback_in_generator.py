# an uncaught exception raised inside nested generators shows every generator frame
def parse(lines):
    for n, line in enumerate(lines):
        yield n, int(line)

def doubled(pairs):
    for n, v in pairs:
        yield n, v * 2

def main():
    total = 0
    for n, v in doubled(parse(["1", "2", "x3"])):
        total += v
        print("line", n, "total", total)

main()
