import _pkgs.plain
from _pkgs import registry
