package org.armscontrol.tracker.shared.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceTest {

    @Test
    void a_source_has_a_citation_and_may_have_a_web_address() {
        Source source = new Source("Statement of Belarus, CCW GGE, 17 January 2008. Notes by WILPF.", "https://reachingcriticalwill.org/");
        assertThat(source.url()).isEqualTo("https://reachingcriticalwill.org/");
        assertThat(new Source("Notes", "").url()).as("an empty URL is no URL").isNull();
    }

    @Test
    void the_citation_is_required_and_bounded() {
        assertThatThrownBy(() -> new Source(null, null)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).property()).contains("citation"));
        assertThatThrownBy(() -> new Source("x".repeat(2001), null)).hasMessageContaining("at most 2000");
    }

    @Test
    void the_web_address_must_be_an_absolute_http_url() {
        assertThatThrownBy(() -> new Source("Notes", "ftp://example.org/x")).hasMessageContaining("http");
        assertThatThrownBy(() -> new Source("Notes", "/relative")).hasMessageContaining("http");
        assertThatThrownBy(() -> new Source("Notes", "http://exa mple.org")).hasMessageContaining("not a valid URL");
    }
}
