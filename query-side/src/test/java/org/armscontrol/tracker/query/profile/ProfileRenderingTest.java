package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.query.profile.CountryProfile.Footnote;
import org.armscontrol.tracker.query.profile.CountryProfile.Section;
import org.armscontrol.tracker.query.profile.CountryProfile.Sentence;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recorded text stays text in both renderings: no markup can come from what was recorded. */
class ProfileRenderingTest {

    private static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)> *bold* [link](javascript:alert(3)) [^9]";

    private final CountryProfile profile = new CountryProfile(CountryCode.of("BLR"), LocalDate.parse("2026-01-01"),
            Instant.parse("2026-11-23T10:15:30Z"),
            List.of(new Section("CCM", "Convention on Cluster Munitions (CCM)",
                    List.of(new Sentence("It said: " + PAYLOAD, 1)))),
            List.of(new Footnote(1, "Source " + PAYLOAD, "javascript:alert(4)")));

    @Test
    void htmlEscapesEveryRecordedTextAndLinksOnlyWebAddresses() {
        String html = ProfileHtml.document(profile);

        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("href=\"javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<sup><a href=\"#fn-1\"")
                .contains("<li id=\"fn-1\">Source &lt;script&gt;")
                .contains("<link rel=\"stylesheet\" href=\"/assets/profile.css\">");
    }

    @Test
    void markdownEscapesEveryRecordedText() {
        String md = ProfileMarkdown.of(profile);

        assertThat(md).contains("It said: \\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(2)\\> "
                        + "\\*bold\\* \\[link\\](javascript:alert(3)) \\[^9\\][^1]")
                .contains("[^1]: Source \\<script\\>")
                .doesNotContain("<javascript:");
    }

    @Test
    void markdownKeepsRecordedTextOnOneLineAndStartsNoListOrHeading() {
        assertThat(ProfileMarkdown.escape("- one\n\n# two")).isEqualTo("\\- one \\# two");
        assertThat(ProfileMarkdown.escape("2008. A year")).isEqualTo("2008\\. A year");
    }

    @Test
    void aWebAddressIsLinked() {
        CountryProfile linked = new CountryProfile(profile.country(), profile.asOf(), profile.knownAt(),
                profile.sections(), List.of(new Footnote(1, "UNTC", "https://treaties.un.org/")));

        assertThat(ProfileHtml.article(linked, 2)).contains("<a href=\"https://treaties.un.org/\">");
        assertThat(ProfileMarkdown.of(linked)).contains("[^1]: UNTC <https://treaties.un.org/>");
    }
}
