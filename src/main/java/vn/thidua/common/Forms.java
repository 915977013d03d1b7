package vn.thidua.common;

import jakarta.persistence.OptimisticLockException;

/** Small rules every service applies to what a form sends. */
public final class Forms {

    private Forms() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Refuses a change made on a stale copy: the form carries the version it was loaded with.
     *
     * @throws OptimisticLockException when someone else saved in between
     */
    public static void checkVersion(long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw new OptimisticLockException();
        }
    }

    /**
     * Like {@link #checkVersion} for changes that must never overwrite blindly: a form without its version is
     * refused too.
     *
     * @throws InvalidInputException ("version") when none is given, with the message given
     * @throws OptimisticLockException when someone else saved in between
     */
    public static void requireVersion(long actual, Long expected, String missingMessage) {
        if (expected == null) {
            throw InvalidInputException.of("version", missingMessage);
        }
        checkVersion(actual, expected);
    }
}
