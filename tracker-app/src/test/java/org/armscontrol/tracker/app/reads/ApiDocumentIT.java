package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document as a linter reads it (Redocly's recommended rules {@code security-defined},
 * {@code operation-4xx-response}, {@code operation-summary}, {@code no-duplicated-tag-names},
 * {@code no-server-example.com}): every operation declares how to sign in, documents its problem answers and says
 * in a line what it does. The
 * document is also written to {@code target/api-docs.json}, for {@code npx @redocly/cli lint} (see the README).
 */
class ApiDocumentIT extends ReadsIntegrationTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void every_operation_declares_its_security_and_documents_its_problem_answers() throws IOException {
        String body = RestAssured.get("/v3/api-docs").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "api-docs.json"), body);
        JsonPath document = JsonPath.from(body);
        boolean securedGlobally = !document.getList("security").isEmpty();

        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> unsecured = new ArrayList<>();
        List<String> without4xx = new ArrayList<>();
        List<String> withoutSummary = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                withoutSummary.add(name);
            }
            if (!securedGlobally && operation.get("security") == null) {
                unsecured.add(name);
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean problem4xx = responses.entrySet().stream().anyMatch(answer -> answer.getKey().startsWith("4")
                    && String.valueOf(answer.getValue().get("content")).contains("application/problem+json"));
            if (!problem4xx) {
                without4xx.add(name);
            }
        }));

        assertThat(paths).hasSizeGreaterThanOrEqualTo(40);
        assertThat(unsecured).as("operations declaring no security").isEmpty();
        assertThat(without4xx).as("operations documenting no 4xx problem answer").isEmpty();
        assertThat(withoutSummary).as("operations without a summary").isEmpty();
        assertThat(document.getList("tags.name", String.class)).as("tag names").doesNotHaveDuplicates();
        assertThat(document.getString("info.title")).isEqualTo("Position tracker API");
        assertThat(document.getList("servers.url", String.class)).containsExactly("/");
        assertThat(document.getMap("components.schemas.Problem.properties")).containsKeys("type", "detail", "field");
        assertThat(document.getMap("paths.'/api/countries/{country}/position'.get.responses"))
                .containsKeys("400", "401", "403", "404");
    }
}
