package dev.adder.interop.hosts;

/** A host exception type with an extra property. */
public class HostFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    public HostFailure(String message, int code) {
        super(message);
        this.code = code;
    }

    public HostFailure(String message) {
        this(message, -1);
    }

    public int getCode() {
        return code;
    }
}
