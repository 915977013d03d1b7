package vn.thidua.security;

/** At least 8 characters with letters and digits; answers the message key of what is wrong, or null. */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    public static String check(String password) {
        if (password == null || password.length() < 8
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return "password.error.weak";
        }
        return null;
    }
}
