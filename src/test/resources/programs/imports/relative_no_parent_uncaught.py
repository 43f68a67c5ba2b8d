# An uncaught relative import in the main script.
print("before")
from .helper import thing
