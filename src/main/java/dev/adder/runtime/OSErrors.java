package dev.adder.runtime;

/**
 * {@code OSError.__new__} (CPython 3.11: Objects/exceptions.c oserror_new): {@code OSError(errno,
 * strerror[, filename[, winerror[, filename2]]])} becomes the subclass that the errno names
 * ({@code OSError(2, ...)} is a {@code FileNotFoundError}), and the arguments fill {@code errno},
 * {@code strerror}, {@code filename} and {@code filename2}.
 */
public final class OSErrors {
    private OSErrors() {}

    /** The {@link PyType.New} of {@code OSError} and, by inheritance, of its subclasses. */
    static Object create(PyType type, Object[] args, String[] kwnames) {
        PyBaseException e = (PyBaseException) PyBaseException.create(type, args, kwnames);
        Object[] positional = e.args();
        if (type == ExceptionTypes.OSERROR && positional.length >= 2 && positional[0] instanceof Integer errno) {
            PyType sub = subclassFor(errno);
            if (sub != type) {
                e = new PyBaseException(sub, positional);
            }
        }
        parseArgs(e, positional);
        return e;
    }

    /**
     * Sets {@code errno}, {@code strerror}, {@code filename} and {@code filename2} from the
     * constructor's arguments (none unless there are 2 to 5) and keeps only {@code (errno,
     * strerror)} as {@code args} when a filename came too, as CPython does.
     */
    public static void parseArgs(PyBaseException e, Object[] a) {
        java.util.Map<String, Object> d = e.dict();
        Object none = PyNone.NONE;
        boolean parsed = a.length >= 2 && a.length <= 5;
        d.put("errno", parsed ? a[0] : none);
        d.put("strerror", parsed ? a[1] : none);
        d.put("filename", parsed && a.length >= 3 ? a[2] : none);
        d.put("filename2", parsed && a.length == 5 ? a[4] : none);
        e.setArgs(parsed && a.length >= 3 ? new Object[] {a[0], a[1]} : a);
    }

    // CPython 3.11: Objects/exceptions.c _PyExc_InitState errmap (Linux errno values)
    private static PyType subclassFor(int errno) {
        return switch (errno) {
            case 11, 114, 115 -> ExceptionTypes.BLOCKING_IOERROR;   // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10 -> ExceptionTypes.CHILD_PROCESS_ERROR;          // ECHILD
            case 32, 108 -> ExceptionTypes.BROKEN_PIPE_ERROR;        // EPIPE, ESHUTDOWN
            case 103 -> ExceptionTypes.CONNECTION_ABORTED_ERROR;     // ECONNABORTED
            case 111 -> ExceptionTypes.CONNECTION_REFUSED_ERROR;     // ECONNREFUSED
            case 104 -> ExceptionTypes.CONNECTION_RESET_ERROR;       // ECONNRESET
            case 17 -> ExceptionTypes.FILE_EXISTS_ERROR;             // EEXIST
            case 2 -> ExceptionTypes.FILE_NOT_FOUND_ERROR;           // ENOENT
            case 21 -> ExceptionTypes.IS_ADIRECTORY_ERROR;           // EISDIR
            case 20 -> ExceptionTypes.NOT_ADIRECTORY_ERROR;          // ENOTDIR
            case 4 -> ExceptionTypes.INTERRUPTED_ERROR;              // EINTR
            case 1, 13 -> ExceptionTypes.PERMISSION_ERROR;           // EPERM, EACCES
            case 3 -> ExceptionTypes.PROCESS_LOOKUP_ERROR;           // ESRCH
            case 110 -> ExceptionTypes.TIMEOUT_ERROR;                // ETIMEDOUT
            default -> ExceptionTypes.OSERROR;
        };
    }

    /** An {@code OSError} as the C library reports one: {@code FileNotFoundError(2, 'No such file...', name)}. */
    public static PyBaseException of(int errno, String strerror, Object filename) {
        return (PyBaseException) create(ExceptionTypes.OSERROR,
                filename == null ? new Object[] {errno, strerror} : new Object[] {errno, strerror, filename}, null);
    }
}
