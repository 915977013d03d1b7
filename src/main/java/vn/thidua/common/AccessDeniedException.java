package vn.thidua.common;

/** The caller may not see or change this record; pages answer 403, the API 403 with JSON. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
