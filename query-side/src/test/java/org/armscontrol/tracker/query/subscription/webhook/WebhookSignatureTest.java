package org.armscontrol.tracker.query.subscription.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String BODY = "{\"globalIndex\":42}";

    @Test
    void signs_timestamp_dot_body_with_hmac_sha256_as_openssl_does() {
        // printf '%s' '1700000000.{"globalIndex":42}' | openssl dgst -sha256 -hmac 'whsec-test-0123456789'
        assertThat(WebhookSignature.sign("whsec-test-0123456789", "1700000000", BODY))
                .isEqualTo("sha256=5239eee68b544dd9962f7d244965134993397c8163274cdbdda000ad7cbfc20f");
    }

    @Test
    void another_secret_another_timestamp_or_another_body_give_another_signature() {
        String signature = WebhookSignature.sign("whsec-test-0123456789", "1700000000", BODY);

        assertThat(WebhookSignature.sign("another-secret-0123456789", "1700000000", BODY))
                .isEqualTo("sha256=65ed08331fc14539f7dd283e200c5a397bfb27e658103d60d7ac988b9bad9b0e")
                .isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("whsec-test-0123456789", "1700000001", BODY)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("whsec-test-0123456789", "1700000000", "{\"globalIndex\":43}"))
                .isNotEqualTo(signature);
    }

    @Test
    void the_secret_and_body_are_taken_as_utf8() {
        assertThat(WebhookSignature.sign("clé-secrète-0123456789", "1", "{\"summary\":\"Côte d’Ivoire\"}"))
                .matches("sha256=[0-9a-f]{64}")
                .isNotEqualTo(WebhookSignature.sign("cle-secrete-0123456789", "1", "{\"summary\":\"Côte d’Ivoire\"}"));
    }
}
