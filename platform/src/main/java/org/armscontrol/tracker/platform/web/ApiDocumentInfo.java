package org.armscontrol.tracker.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;

/**
 * Names the API in its document (springdoc's default is "OpenAPI definition", v0) and gives its server as the
 * origin the document was read from, so that Swagger UI behind a proxy and a linter see no host name of ours.
 */
final class ApiDocumentInfo implements OpenApiCustomizer {

    /** The version of the public HTTP contract (extended, never broken). */
    static final String CONTRACT_VERSION = "1";

    @Override
    public void customise(OpenAPI document) {
        document.info(new Info()
                .title("Position tracker API")
                .version(CONTRACT_VERSION)
                .description("States' positions on arms-control and non-proliferation instruments: treaty actions, "
                        + "statements, stockpiles, votes, each with its source; reads as of any valid date and as "
                        + "known at any instant. Errors are RFC 7807 problems naming the field."));
        document.servers(List.of(new Server().url("/").description("this tracker")));
    }
}
