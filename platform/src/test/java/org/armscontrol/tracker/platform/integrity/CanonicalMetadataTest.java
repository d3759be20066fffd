package org.armscontrol.tracker.platform.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Metadata as the hash sees it: order of keys and the chain's own keys do not count. */
class CanonicalMetadataTest {

    @Test
    void key_order_does_not_count_at_any_level() {
        CanonicalMetadata one = read("{\"recordedBy\":\"alice\",\"correlationId\":\"c-1\",\"nested\":{\"b\":1,\"a\":[{\"y\":2,\"x\":1}]}}");
        CanonicalMetadata other = read("{ \"nested\": {\"a\": [{\"x\": 1, \"y\": 2}], \"b\": 1}, \"correlationId\": \"c-1\", \"recordedBy\": \"alice\" }");
        assertThat(text(one)).isEqualTo(text(other))
                .isEqualTo("{\"correlationId\":\"c-1\",\"nested\":{\"a\":[{\"x\":1,\"y\":2}],\"b\":1},\"recordedBy\":\"alice\"}");
    }

    @Test
    void the_chain_keys_are_read_but_left_out_of_the_canonical_form() {
        CanonicalMetadata sealed = read("{\"recordedBy\":\"alice\",\"hash\":\"" + "a".repeat(64)
                + "\",\"previousHash\":\"" + "0".repeat(64) + "\"}");
        assertThat(sealed.hash()).isEqualTo("a".repeat(64));
        assertThat(sealed.previousHash()).isEqualTo("0".repeat(64));
        assertThat(text(sealed)).isEqualTo("{\"recordedBy\":\"alice\"}");
    }

    @Test
    void a_value_change_changes_the_canonical_form() {
        assertThat(text(read("{\"recordedBy\":\"alice\"}"))).isNotEqualTo(text(read("{\"recordedBy\":\"alicE\"}")));
        assertThat(text(read("{\"n\":1}"))).isNotEqualTo(text(read("{\"n\":\"1\"}")));
    }

    @Test
    void keys_sort_by_code_point_and_text_stays_utf8() {
        assertThat(text(read("{\"é\":\"Genève\",\"z\":1,\"Z\":2}"))).isEqualTo("{\"Z\":2,\"z\":1,\"é\":\"Genève\"}");
    }

    @Test
    void absent_metadata_is_an_empty_object_and_anything_but_an_object_is_refused() {
        assertThat(text(CanonicalMetadata.fromJson(null))).isEqualTo("{}");
        assertThat(CanonicalMetadata.fromJson(null).hash()).isNull();
        assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("{not json")).isInstanceOf(IllegalArgumentException.class);
    }

    private static CanonicalMetadata read(String json) {
        return CanonicalMetadata.fromJson(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(CanonicalMetadata metadata) {
        return new String(metadata.bytes(), StandardCharsets.UTF_8);
    }
}
