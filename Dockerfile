# One image per application of this repository, built from source with only Docker on the machine:
#   docker build --build-arg APP=command-side -t position-tracker/command-side .
# APP is command-side, query-side or tracker-app (both sides in one process).

FROM eclipse-temurin:17-jdk AS build
ARG APP=command-side
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
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl ${APP} -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl ${APP} -am -DskipTests package \
 && mkdir /out \
 && cp $(ls ${APP}/target/*-exec.jar ${APP}/target/position-tracker.jar 2>/dev/null | head -n1) /out/app.jar

FROM eclipse-temurin:17-jre
ARG APP=command-side
RUN useradd --system --uid 10001 tracker
USER tracker
WORKDIR /app
COPY --from=build /out/app.jar app.jar
ENV APP_NAME=${APP} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Daxoniq.update-checker.disabled=true" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
