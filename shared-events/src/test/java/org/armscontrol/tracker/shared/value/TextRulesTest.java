package org.armscontrol.tracker.shared.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTest {

    @Test
    void text_is_kept_verbatim_including_markup_and_sql() {
        String text = "<script>alert(1)</script>'; DROP TABLE events; -- «Заявление» 声明";
        assertThat(TextRules.requireText(text, "summary", 100)).isEqualTo(text);
    }

    @Test
    void blank_text_is_refused() {
        assertThatThrownBy(() -> TextRules.requireLine(" \t", "forum", 10))
                .isInstanceOf(InvalidValueException.class).hasMessage("forum must not be blank");
    }

    @Test
    void length_is_counted_in_characters_not_utf16_units() {
        String emoji = "\uD83D\uDE80".repeat(5);
        assertThat(TextRules.requireLine(emoji, "forum", 5)).isEqualTo(emoji);
        assertThatThrownBy(() -> TextRules.requireLine(emoji + "x", "forum", 5)).hasMessageContaining("6 characters");
    }

    @Test
    void control_characters_are_refused_but_tabs_and_line_breaks_in_text_are_not() {
        assertThat(TextRules.requireText("line one\r\nline\ttwo", "summary", 100)).contains("\t");
        assertThatThrownBy(() -> TextRules.requireText("bell\u0007", "summary", 100)).hasMessageContaining("U+0007");
        assertThatThrownBy(() -> TextRules.requireText("nul\u0000", "summary", 100)).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> TextRules.requireText("c1\u0085", "summary", 100)).hasMessageContaining("U+0085");
    }

    @Test
    void a_single_line_field_refuses_line_breaks() {
        assertThatThrownBy(() -> TextRules.requireLine("Geneva\nSwitzerland", "location", 100))
                .hasMessageContaining("single line");
    }

    @Test
    void broken_surrogates_are_refused() {
        assertThatThrownBy(() -> TextRules.requireLine("half \uD83D", "forum", 100)).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> TextRules.requireLine("\uDE80 half", "forum", 100)).hasMessageContaining("surrogate");
    }

    @Test
    void echoed_input_is_shortened_and_its_control_characters_made_visible() {
        assertThat(TextRules.echo("a\u0001b")).isEqualTo("'a\\u0001b'");
        assertThat(TextRules.echo("x".repeat(100))).hasSize(43);
    }
}
