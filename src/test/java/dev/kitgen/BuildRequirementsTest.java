package dev.kitgen;

import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java and Maven the README asks for are those the build enforces, and the Java it compiles for. */
class BuildRequirementsTest {

    @Test
    void theReadmeStatesTheVersionsTheBuildEnforces() {
        Matcher readme = find(Project.read("README.md"), "You need Java (\\d+) or later \\([^)]*\\) and Maven ([\\d.]+) or later");
        String pom = Project.read("pom.xml");
        Matcher java = find(pom, "<requireJavaVersion>\\s*<version>\\[([^,\\]]+),\\)</version>");
        Matcher maven = find(pom, "<requireMavenVersion>\\s*<version>\\[([^,\\]]+),\\)</version>");
        Matcher release = find(pom, "<maven.compiler.release>(\\d+)</maven.compiler.release>");

        assertThat(java.group(1)).isEqualTo(readme.group(1)).isEqualTo(release.group(1));
        assertThat(maven.group(1)).isEqualTo(readme.group(2));
    }

    private static Matcher find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher;
    }
}
