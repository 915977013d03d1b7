package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void needsEightCharactersWithLettersAndDigits() {
        assertThat(PasswordPolicy.check("Demo@2026")).isNull();
        assertThat(PasswordPolicy.check("mậtkhẩu2026")).isNull();
        assertThat(PasswordPolicy.check("short1")).isEqualTo("password.error.weak");
        assertThat(PasswordPolicy.check("onlyletters")).isEqualTo("password.error.weak");
        assertThat(PasswordPolicy.check("1234567890")).isEqualTo("password.error.weak");
        assertThat(PasswordPolicy.check(null)).isEqualTo("password.error.weak");
    }
}
