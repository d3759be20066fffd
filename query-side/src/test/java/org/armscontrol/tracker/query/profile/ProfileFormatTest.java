package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which format a profile is asked in: by {@code ?format=}, else by the Accept header, else HTML. */
class ProfileFormatTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text/markdown                              | MARKDOWN
            text/markdown;charset=UTF-8                | MARKDOWN
            text/html                                  | HTML
            */*                                        | HTML
            text/html;q=0.5, text/markdown             | MARKDOWN
            text/markdown;q=0.2, text/html;q=0.9       | HTML
            application/json                           | HTML
            not a media type                           | HTML
            """)
    void theAcceptHeaderChooses(String accept, ProfileFormat expected) {
        assertThat(ProfileFormat.accepted(accept)).isEqualTo(expected);
    }

    @Test
    void noAcceptHeaderIsHtml() {
        assertThat(ProfileFormat.accepted(null)).isEqualTo(ProfileFormat.HTML);
    }

    @Test
    void theFormatParameterNamesHtmlMdOrMarkdown() {
        assertThat(ProfileFormat.named("md")).isEqualTo(ProfileFormat.MARKDOWN);
        assertThat(ProfileFormat.named("markdown")).isEqualTo(ProfileFormat.MARKDOWN);
        assertThat(ProfileFormat.named("html")).isEqualTo(ProfileFormat.HTML);
        assertThatThrownBy(() -> ProfileFormat.named("pdf")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("html, md, markdown");
    }
}
