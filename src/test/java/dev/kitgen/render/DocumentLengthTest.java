package dev.kitgen.render;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document of kitgen's own templates longer than {@link Templates#MAX_DOCUMENT_CHARS} is a kit
 * too large for one document, not a template error: it is refused at the kit's file, with what to
 * render instead, and the other documents of the run are written.
 */
class DocumentLengthTest {

    @TempDir
    Path cwd;

    /** The fullest kit the limits allow, with 150 questions of about 160 characters a stage (a 1.7 MB file): its packet.html would pass 16 million characters. */
    @Test
    void aPacketLongerThanTheLimitIsRefusedAtTheKit() {
        KitFixtures.write(cwd, "big", "kit.yaml", KitFixtures.largest("big", 150)
                .replace("ask: What would you do", "ask: What would you do" + " when the plan changes".repeat(6)));
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.tiny("", ""));

        CommandResult result = Kitgen.run(cwd, "render", "big", "tiny", "--doc", "packet", "--format", "html");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("kits/big/kit.yaml: error: big/en/packet.html is too large to render: it would be longer "
                        + "than 16 million characters, the most one document may have",
                        "; render the guide and the scorecards, which the packet holds, as documents of their own "
                                + "(--doc guide, then --doc scorecard)")
                .wrote("out/tiny/en/packet.html");
        assertThat(result.err()).doesNotContain("template error", "internal error", "templates/packet");
        assertThat(cwd.resolve("out/big/en/packet.html")).doesNotExist();
    }
}
