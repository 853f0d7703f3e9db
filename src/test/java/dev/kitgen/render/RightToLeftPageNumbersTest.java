package dev.kitgen.render;

import dev.kitgen.localize.Views.PagePart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A right-to-left "Page 1 of 3" of a PDF, in the order openhtmltopdf draws its page margins: left to right. */
class RightToLeftPageNumbersTest {

    @Test
    void theArabicPageNumbersAreDrawnFromTheLeftWithTheirLettersJoined() {
        // "الصفحة {page} من {pages}": "page 1 of 3".
        List<PagePart> logical = List.of(new PagePart("الصفحة ", false, false), new PagePart("", true, false),
                new PagePart(" من ", false, false), new PagePart("", false, true));

        List<PagePart> drawn = Layout.drawnLeftToRight(logical);

        assertThat(drawn).extracting(PagePart::pages).containsExactly(true, false, false, false);
        assertThat(drawn).extracting(PagePart::page).containsExactly(false, false, true, false);
        // "من" as final noon then initial meem; "الصفحة" from its end, each letter in its joined form.
        assertThat(drawn.get(1).text()).isEqualTo("\u00A0\uFEE6\uFEE3\u00A0");
        assertThat(drawn.get(3).text()).isEqualTo("\u00A0\uFE94\uFEA4\uFED4\uFEBC\uFEDF\uFE8D");
        assertThat(Layout.pageNumbers(drawn)).startsWith("counter(pages) ").contains("counter(page) ");
    }
}
