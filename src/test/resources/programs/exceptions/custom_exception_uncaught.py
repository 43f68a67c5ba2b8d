class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError(f"missing setting {name!r}")
load("port")
