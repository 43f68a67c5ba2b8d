import _pkgs.registry as registry
registry.loads.append(__name__)
value = len(registry.loads)
print("counter body ran, loads =", registry.loads)
