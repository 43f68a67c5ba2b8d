# The names dir() lists for builtins and the built-in types, minus a short list of what Adder does not
# have on purpose; BuiltinNamesTest runs it under python3 and Adder and wants the same output.
import builtins

# Pickling and copying (no pickle/copyreg modules: objects are not serialized).
PICKLING = {"__getstate__", "__reduce__", "__reduce_ex__", "__setstate__", "__getnewargs__", "__getnewargs_ex__"}
# CPython's C object layout, which a JVM object does not have.
LAYOUT = {"__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__", "__flags__", "__text_signature__",
          "__alloc__"}
# Added by the site module for the interactive prompt, or the pdb hook.
INTERACTIVE = {"help", "copyright", "credits", "license", "breakpoint"}

# Not yet: __abstractmethods__ (set by the abc module, which Adder does not have yet); an exception's
# __dict__ attribute (its attributes live in a Java map that is not exposed as a dict object).
NOT_YET = {"type": {"__abstractmethods__"}, "BaseException": {"__dict__"}, "Exception": {"__dict__"}}

types = [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple, dict, set,
         frozenset, range, slice, BaseException, Exception, enumerate, zip, map, filter, reversed, property,
         staticmethod, classmethod, super]
for t in types:
    names = sorted(set(dir(t)) - PICKLING - LAYOUT - NOT_YET.get(t.__name__, set()))
    print(t.__name__, " ".join(names))
print("builtins", " ".join(sorted(set(dir(builtins)) - INTERACTIVE)))
