package org.armscontrol.tracker.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents in the API document the problem answers every operation can give, in one place rather than on each
 * controller method: 400 where the operation takes parameters or a body, 401 and 403 everywhere (every operation is
 * behind the sign-in, and wrong credentials are refused even on public ones), 404 where the path names a resource,
 * each an RFC 7807 {@code application/problem+json} body. An answer a controller documents itself is kept.
 */
final class ApiDocumentProblems implements OpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(new Components());
        }
        document.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> documentProblems(path, method, operation)));
    }

    private static void documentProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400", "The request is invalid; the problem's field names the parameter or body field");
        }
        add(responses, "401", "No credentials, or wrong ones");
        add(responses, "403", "The signed-in user's role may not " + (method == PathItem.HttpMethod.GET
                ? "read this" : "do this"));
        if (path.contains("{")) {
            add(responses, "404", "Nothing is known under this path");
        }
    }

    private static void add(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
            responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                    .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(problem))));
        }
    }

    /** The shape {@link Problems} builds. */
    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 7807 problem: type and title say which kind, detail says what to do, field names "
                        + "the parameter or body field that was wrong")
                .addProperty("type", new StringSchema().format("uri")
                        .example("urn:position-tracker:problem:invalid-request"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("field", new StringSchema().example("date"))
                .addProperty("errors", new ArraySchema().items(error))
                .addProperty("correlationId", new StringSchema());
    }
}
