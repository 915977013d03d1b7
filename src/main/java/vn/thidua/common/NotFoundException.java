package vn.thidua.common;

/** The record does not exist (or no longer does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
