# memoryview over bytes and bytearray: reading, slicing, writing through, releasing.
data = b"abcdefgh"
view = memoryview(data)
print(len(view), view[0], view[-1], view[2:5].tobytes(), view[::2].tolist(), view[::-3].tobytes())
print(view.format, view.itemsize, view.ndim, view.shape, view.strides, view.nbytes, view.readonly)
print(view[1::3].strides, view[1::3].contiguous, view.contiguous, view.obj is data, view.hex(), view[:3].hex("-"))
print(view == data, view == b"abc", view[:3] == memoryview(b"abc"), bytes(view[4:]), list(view[:2]))
print(hash(view) == hash(data), b"x" + view[:2], bytearray(view[6:]))

buf = bytearray(b"hello world")
mv = memoryview(buf)
mv[0] = ord("H")
mv[6:11] = b"WORLD"
print(buf, mv.readonly, mv[6:].tobytes())
sub = mv[6:]
sub[0] = ord("w")
print(buf, sub.obj is buf)

# A bytearray with a live view cannot change size, but can change in place.
try:
    buf.append(33)
except BufferError as e:
    print("BufferError:", e)
buf[0:5] = b"HOWDY"
print(buf)
mv.release()
try:
    buf.extend(b"!")
except BufferError as e:
    print("still exported:", e)
sub.release()
buf.extend(b"!")
print(buf)

with memoryview(buf) as m:
    print(m[-1], m.tobytes())
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
print(repr(m).startswith("<released memory at 0x"))
buf += b"?"
print(buf)

for bad in [lambda: memoryview("text"), lambda: memoryview(b"ro").__setitem__(0, 1),
            lambda: memoryview(bytearray(b"rw")).__setitem__(0, 256),
            lambda: memoryview(bytearray(b"rw")).__setitem__(slice(0, 1), b"too long"),
            lambda: memoryview(b"ab")[5], lambda: hash(memoryview(bytearray(b"x"))),
            lambda: memoryview(b"ab") < memoryview(b"b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
