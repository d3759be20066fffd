# One image per application of this repository, built from source with only Docker on the machine. The build stage
# compiles all three applications in one Maven run; each later stage is one application's image:
#   docker build --target tracker-app -t position-tracker/tracker-app .     (both sides and the web UI, port 8080)
#   docker build --target command-side -t position-tracker/command-side .   (writes, port 8081)
#   docker build --target query-side -t position-tracker/query-side .       (reads, port 8082)
# docker-compose.yml builds each service from its target (DeploymentDescriptorsTest checks that they exist).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# The wrapper and the poms first, so that dependency downloads are cached between source changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY shared-events/pom.xml shared-events/
COPY platform/pom.xml platform/
COPY test-support/pom.xml test-support/
COPY command-side/pom.xml command-side/
COPY query-side/pom.xml query-side/
COPY tracker-app/pom.xml tracker-app/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl command-side,query-side,tracker-app -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl command-side,query-side,tracker-app -am -DskipTests package \
 && mkdir /out \
 && cp command-side/target/command-side-*-exec.jar /out/command-side.jar \
 && cp query-side/target/query-side-*-exec.jar /out/query-side.jar \
 && cp tracker-app/target/position-tracker.jar /out/tracker-app.jar

# What every application image shares: a JRE, an unprivileged user, JSON log lines (ECS) on the console.
FROM eclipse-temurin:17-jre AS runtime
RUN useradd --system --uid 10001 tracker
WORKDIR /app
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Daxoniq.update-checker.disabled=true" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

FROM runtime AS command-side
COPY --from=build /out/command-side.jar app.jar
USER tracker
EXPOSE 8081

FROM runtime AS query-side
COPY --from=build /out/query-side.jar app.jar
USER tracker
EXPOSE 8082

# The last stage is what a plain `docker build .` gives: the whole tracker with its web UI.
FROM runtime AS tracker-app
# The tracker's own data directory (embedded PostgreSQL, when no SPRING_DATASOURCE_URL is set) must be writable.
RUN mkdir -p /app/data && chown tracker /app/data
COPY --from=build /out/tracker-app.jar app.jar
USER tracker
EXPOSE 8080
