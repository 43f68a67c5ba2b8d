# Python callbacks handed to a Java host (CallbacksHost.java): a Function, a Comparator and a
# listener interface, called by the host from several threads.
import threading

received = {}
lock = threading.Lock()


def on_event(kind):
    # `received[kind] = received.get(kind, 0) + 1` is two operations: guard it against other threads.
    with lock:
        received[kind] = received.get(kind, 0) + 1


def make_scaler(factor):
    calls = 0

    def scale(x):
        nonlocal calls
        with lock:
            calls += 1
        return x * factor

    return scale


scale = make_scaler(3)
shortest_first = lambda a, b: len(a) - len(b) or (a > b) - (a < b)

bus.subscribe(on_event)  # a Java method taking a Listener: the function is converted automatically
