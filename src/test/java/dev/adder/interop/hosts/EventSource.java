package dev.adder.interop.hosts;

import java.util.ArrayList;
import java.util.List;

/** Calls its listeners from Java. */
public class EventSource {
    private final List<Listener> listeners = new ArrayList<>();

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public int fire(String name, int value) {
        for (Listener l : listeners) {
            l.onEvent(name, value);
        }
        return listeners.size();
    }

    public List<Listener> listeners() {
        return listeners;
    }
}
