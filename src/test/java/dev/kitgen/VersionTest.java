package dev.kitgen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTest {

    @Test
    void aRecordedHashIsShownByItsFirstSevenDigits() {
        assertThat(Version.shortCommit("6bbed40043cfb092096161af738e8cd14c8c1cab")).isEqualTo("6bbed40");
        assertThat(Version.shortCommit("6bbed40043cfb092096161af738e8cd14c8c1cab6bbed40043cfb092096161af"))
                .isEqualTo("6bbed40");
    }

    @Test
    void whatIsNotAHashIsUnknown() {
        assertThat(Version.shortCommit(null)).isEqualTo("unknown");
        assertThat(Version.shortCommit("unknown")).isEqualTo("unknown");
        assertThat(Version.shortCommit("${kitgen.commit}")).isEqualTo("unknown");
        assertThat(Version.shortCommit("6bbed40")).isEqualTo("unknown");
        assertThat(Version.shortCommit("6BBED40043CFB092096161AF738E8CD14C8C1CAB")).isEqualTo("unknown");
    }

    @Test
    void theVersionLineNamesVersionAndCommit() {
        assertThat(Version.describe()).isEqualTo(Version.get() + " (" + Version.commit() + ")");
        assertThat(Version.get()).matches("\\d+\\.\\d+\\.\\d+\\S*");
    }
}
