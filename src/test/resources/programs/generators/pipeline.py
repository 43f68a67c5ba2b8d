# generator pipelines as real code writes them: reading, parsing, filtering, grouping
import sys

LOG = """\
2024-01-01 10:00:01 INFO  web  request /index 200 12ms
2024-01-01 10:00:02 WARN  db   slow query 340ms
2024-01-01 10:00:02 INFO  web  request /about 200 8ms
2024-01-01 10:00:03 ERROR web  request /api 500 51ms
2024-01-01 10:00:04 INFO  web  request /index 200 10ms
# comment line
2024-01-01 10:00:05 ERROR db   connection lost
2024-01-01 10:00:06 INFO  web  request /api 200 22ms
"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def skip_comments(lines):
    return (l for l in lines if l and not l.startswith("#"))

def parse(lines):
    for line in lines:
        date, time, level, source, *rest = line.split()
        yield {"time": time, "level": level, "source": source, "msg": " ".join(rest)}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

def durations(records):
    for r in records:
        last = r["msg"].split()[-1]
        if last.endswith("ms"):
            yield int(last[:-2])

def group_by(key, records):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    yield from sorted(groups.items())

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)

records = list(parse(skip_comments(read_lines(LOG))))
print(len(records), "records")
print("errors:", [r["time"] for r in only("ERROR", records)])
print("durations:", list(durations(records)))
print("mean ms:", sum(durations(records)) / len(list(durations(records))))
for source, rs in group_by("source", records):
    print(source, [r["level"] for r in rs])
print(list(window(durations(records), 3)))

def take(n, it):
    for _, x in zip(range(n), it):
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals():
        if n >= 2 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(take(15, primes())))
squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(take(6, evens)))
