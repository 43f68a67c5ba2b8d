package dev.adder.runtime;

/**
 * The constructors ({@code tp_new}) of the runtime's own types as one switch on a small id rather
 * than a lambda each: every lambda costs a generated class when the interpreter starts.
 */
final class CoreConstructors implements PyType.New {
    static final int OBJECT = 0;
    static final int BASE_EXCEPTION = 1;
    static final int BASE_EXCEPTION_GROUP = 2;
    static final int OSERROR = 3;

    private final int id;

    CoreConstructors(int id) {
        this.id = id;
    }

    @Override
    public Object create(PyType type, Object[] args, String[] kwnames) {
        switch (id) {
            case OBJECT: return CoreTypes.newObject(type, args);
            case BASE_EXCEPTION: return PyBaseException.create(type, args, kwnames);
            case BASE_EXCEPTION_GROUP: return ExceptionGroupNew.create(type, args, kwnames);
            case OSERROR: return OSErrors.create(type, args, kwnames);
            default: throw new IllegalStateException("no constructor " + id);
        }
    }
}
