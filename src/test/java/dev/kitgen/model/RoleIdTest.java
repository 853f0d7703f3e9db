package dev.kitgen.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleIdTest {

    @Test
    void anIdOfLowercaseWordsJoinedByHyphensIsARoleId() {
        assertThat(RoleId.of("ml-engineer").value()).isEqualTo("ml-engineer");
        assertThat(RoleId.isValid("sre2")).isTrue();
        assertThat(RoleId.of("b")).isLessThan(RoleId.of("c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../etc", "/etc", "ML-Engineer", "ml_engineer", "ml-engineer/", "ml--engineer",
            "-ml", "ml-", "ml engineer", "ml-engineer\u0000"})
    void nothingThatCouldNameAnotherFolderIsARoleId(String value) {
        assertThat(RoleId.isValid(value)).isFalse();
        assertThatThrownBy(() -> RoleId.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + value + "' is not a role id");
    }
}
