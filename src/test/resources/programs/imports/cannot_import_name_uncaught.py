# Uncaught: the message names the module's file.
from _pkgs.plain import VALUE, nonexistent
