package vn.thidua.security;

import java.util.Set;

/** What an administrator sends to create or change an account. */
public record AccountForm(String username, String fullName, String email, Long unitId, Set<Role> roles, boolean enabled, Long version) {
}
