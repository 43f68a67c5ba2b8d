# A directory without __init__.py is a namespace package.
import _pkgs.ns_part as ns
import _pkgs.ns_part.nsmod as nsmod
print(nsmod.WHERE, ns.nsmod is nsmod)
print(ns.__file__, ns.__spec__.origin, [p.endswith("_pkgs/ns_part") for p in ns.__path__])
print(ns.__package__, nsmod.__package__)
from _pkgs.ns_part.inner import leaf
print(leaf.LEAF, leaf.__name__)
