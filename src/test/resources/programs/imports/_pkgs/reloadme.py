import _pkgs.registry as registry
registry.loads.append("reloadme")
X = 1
if "extra" in dir():
    print("reloadme: extra survived a reload:", extra)
def version():
    return len(registry.loads)
