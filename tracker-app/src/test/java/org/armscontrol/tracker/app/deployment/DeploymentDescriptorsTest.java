package org.armscontrol.tracker.app.deployment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml agrees with the Dockerfile, the applications' configuration and the README. No Docker engine is
 * needed (our machines have none): the files are read as Compose and Docker would read them.
 */
class DeploymentDescriptorsTest {

    /** Where each image's application reads its settings (its own file over the shared tracker-common.yml). */
    private static final Map<String, String> CONFIG_OF_TARGET = Map.of(
            "tracker-app", "tracker-app/src/main/resources/application.yml",
            "command-side", "command-side/src/main/resources/command-side.yml",
            "query-side", "query-side/src/main/resources/query-side.yml");
    private static final String COMMON_CONFIG = "platform/src/main/resources/tracker-common.yml";
    private static final Pattern STAGE = Pattern.compile("(?im)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
    /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}; $${NAME} is the container's variable, not Compose's. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?][^}]*)?}");
    private static final Pattern HTTP_CHECK = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+).*GET (\\S+) HTTP");

    private static Path root;
    private static String composeText;
    private static Map<String, Map<String, Object>> services;
    private static List<Stage> stages;

    record Stage(String name, String from, String body) {
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheFiles() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = root.getParent();
            assertThat(root).as("docker-compose.yml above the working directory").isNotNull();
        }
        composeText = Files.readString(root.resolve("docker-compose.yml"));
        Map<String, Object> compose = new Yaml().load(composeText);
        services = (Map<String, Map<String, Object>>) compose.get("services");
        stages = stages(Files.readString(root.resolve("Dockerfile")));
    }

    @Test
    void every_service_is_an_image_of_a_dockerfile_stage_or_a_pinned_public_image() {
        Set<String> names = new TreeSet<>(stages.stream().map(Stage::name).toList());
        services.forEach((name, service) -> {
            if (service.get("build") instanceof Map<?, ?> build) {
                assertThat(build.get("context")).as(name + ": build context").isEqualTo(".");
                assertThat(build.get("args")).as(name + ": the image is chosen by target, not by build args").isNull();
                assertThat(names).as(name + ": its build target is a stage of the Dockerfile")
                        .contains(String.valueOf(build.get("target")));
                assertThat(CONFIG_OF_TARGET).as("the application of stage " + build.get("target"))
                        .containsKey(String.valueOf(build.get("target")));
            } else {
                assertThat(String.valueOf(service.get("image"))).as(name + ": an image with a fixed tag")
                        .matches("[a-z0-9./_-]+:[0-9][\\w.-]*");
            }
        });
    }

    @Test
    void every_stage_builds_from_an_image_or_an_earlier_stage() {
        List<String> earlier = new ArrayList<>();
        for (Stage stage : stages) {
            assertThat(stage.from().contains(":") || earlier.contains(stage.from()))
                    .as("stage " + stage.name() + " FROM " + stage.from()).isTrue();
            Matcher copies = Pattern.compile("--from=(\\S+)").matcher(stage.body());
            while (copies.find()) {
                assertThat(earlier).as("stage " + stage.name() + " copies from an earlier stage").contains(copies.group(1));
            }
            earlier.add(stage.name());
        }
    }

    @Test
    void every_port_mapping_and_expose_targets_the_port_the_application_listens_on() {
        services.forEach((name, service) -> {
            int listens = target(service) == null ? 5432 : serverPort(target(service));
            for (Object mapping : (List<?>) service.getOrDefault("ports", List.of())) {
                String[] parts = mapping.toString().replaceAll("\\$\\{[^}]*}", "VAR").split(":");
                assertThat(parts[parts.length - 1].replace("/tcp", ""))
                        .as(name + ": port mapping " + mapping).isEqualTo(String.valueOf(listens));
            }
            if (target(service) != null) {
                assertThat(stage(target(service)).body()).as("EXPOSE of stage " + target(service))
                        .contains("EXPOSE " + listens);
            }
        });
    }

    @Test
    void every_health_check_asks_an_endpoint_the_application_has_on_the_port_it_listens_on() {
        services.forEach((name, service) -> {
            Map<?, ?> healthcheck = (Map<?, ?>) service.get("healthcheck");
            assertThat(healthcheck).as(name + " has a health check (depends_on waits for it)").isNotNull();
            String command = String.join(" ", ((List<?>) healthcheck.get("test")).stream().map(String::valueOf).toList());
            if (target(service) == null) {
                // The container's own variables ($${NAME}) must be set in its environment.
                Matcher own = Pattern.compile("\\$\\{(\\w+)}").matcher(command);
                while (own.find()) {
                    assertThat(((Map<?, ?>) service.get("environment")).containsKey(own.group(1)))
                            .as(name + ": $${" + own.group(1) + "} is set in its environment").isTrue();
                }
                return;
            }
            Matcher http = HTTP_CHECK.matcher(command);
            assertThat(http.find()).as(name + ": an HTTP health check: " + command).isTrue();
            assertThat(Integer.parseInt(http.group(1))).as(name + ": the port it asks")
                    .isEqualTo(serverPort(target(service)));
            assertThat(endpoints(target(service))).as(name + ": the endpoint it asks").contains(http.group(2));
        });
    }

    @Test
    void every_variable_has_a_default_or_is_documented_in_the_readme() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        Matcher variables = VARIABLE.matcher(composeText);
        int seen = 0;
        while (variables.find()) {
            seen++;
            boolean defaulted = variables.group(2) != null && variables.group(2).matches(":?-.*");
            if (!defaulted) {
                assertThat(readme).as("${" + variables.group(1) + "} without a default").contains("`" + variables.group(1) + "`");
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void depends_on_names_services_and_waits_only_for_health_checks_that_exist() {
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            Map<String, Object> dependencies = new LinkedHashMap<>();
            if (dependsOn instanceof List<?> list) {
                list.forEach(dependency -> dependencies.put(dependency.toString(), Map.of()));
            } else if (dependsOn instanceof Map<?, ?> map) {
                map.forEach((dependency, how) -> dependencies.put(dependency.toString(), how));
            }
            dependencies.forEach((dependency, how) -> {
                assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
                if (how instanceof Map<?, ?> condition && "service_healthy".equals(condition.get("condition"))) {
                    assertThat(services.get(dependency)).as(dependency + " has a health check").containsKey("healthcheck");
                }
            });
        });
    }

    @Test
    void the_applications_reach_the_database_by_its_service_name() {
        services.values().stream().filter(service -> target(service) != null).forEach(service -> {
            String url = String.valueOf(((Map<?, ?>) service.get("environment")).get("SPRING_DATASOURCE_URL"));
            Matcher host = Pattern.compile("jdbc:postgresql://([\\w-]+):(\\d+)/").matcher(url);
            assertThat(host.find()).as(url).isTrue();
            assertThat(services).containsKey(host.group(1));
            assertThat(host.group(2)).isEqualTo("5432");
        });
    }

    @Test
    void the_web_ui_is_part_of_the_deployment() {
        assertThat(services.values().stream().map(DeploymentDescriptorsTest::target)).contains("tracker-app");
    }

    private static String target(Map<String, Object> service) {
        return service.get("build") instanceof Map<?, ?> build ? String.valueOf(build.get("target")) : null;
    }

    private static Stage stage(String name) {
        return stages.stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Stage> stages(String dockerfile) {
        List<Stage> found = new ArrayList<>();
        Matcher from = STAGE.matcher(dockerfile);
        List<int[]> bounds = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        while (from.find()) {
            bounds.add(new int[]{from.start(), from.end()});
            heads.add(new String[]{from.group(1), from.group(2)});
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : dockerfile.length();
            found.add(new Stage(heads.get(i)[1], heads.get(i)[0], dockerfile.substring(bounds.get(i)[1], end)));
        }
        assertThat(found).as("named stages").allSatisfy(stage -> assertThat(stage.name()).isNotNull());
        return found;
    }

    /** The application's settings: tracker-common.yml under its own file. */
    private static Map<String, Object> config(String target) {
        Map<String, Object> merged = new LinkedHashMap<>();
        assertThat(CONFIG_OF_TARGET).as("the settings of stage " + target).containsKey(target);
        for (String file : List.of(COMMON_CONFIG, CONFIG_OF_TARGET.get(target))) {
            try {
                flatten("", new Yaml().load(Files.readString(root.resolve(file))), merged);
            } catch (IOException e) {
                throw new IllegalStateException(file, e);
            }
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, Object> into) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, child) -> flatten(prefix.isEmpty() ? key : prefix + "." + key, child, into));
        } else {
            into.put(prefix, value);
        }
    }

    private static int serverPort(String target) {
        return Integer.parseInt(String.valueOf(config(target).getOrDefault("server.port", 8080)));
    }

    /** The actuator paths the application answers, per its settings. */
    private static Set<String> endpoints(String target) {
        Map<String, Object> config = config(target);
        Set<String> paths = new TreeSet<>();
        List<String> exposed = List.of(String.valueOf(config.get("management.endpoints.web.exposure.include")).split(","));
        exposed.forEach(endpoint -> paths.add("/actuator/" + endpoint.strip()));
        if (exposed.contains("health")) {
            if (Boolean.TRUE.equals(config.get("management.endpoint.health.probes.enabled"))) {
                paths.add("/actuator/health/liveness");
                paths.add("/actuator/health/readiness");
            }
            config.keySet().stream().filter(key -> key.startsWith("management.endpoint.health.group."))
                    .map(key -> key.split("\\.")[4]).forEach(group -> paths.add("/actuator/health/" + group));
        }
        return paths;
    }
}
