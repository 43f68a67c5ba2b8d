# The configuration of a service, written in Python and read by a Java host (ConfigHost.java).
# The host provides `cpu_count` and `env` before evaluating this file.

name = "inventory-service"
port = 8000 + int(env.get("PORT_OFFSET", "0"))
debug = env.get("DEBUG", "false").lower() == "true"
replicas = max(2, cpu_count // 2)
hosts = [f"node{i}.internal" for i in range(1, replicas + 1)]
limits = {"requests_per_second": 250.0, "burst": replicas * 25}
timeout_seconds = 2.5 if debug else 0.75


def greeting(user):
    """Called by the host through Invocable.invokeFunction."""
    return f"Welcome to {name}, {user}! ({len(hosts)} hosts)"
