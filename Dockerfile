# Sportello Lavoro: the application image for the prod profile (see docker-compose.yml and README "Produzione").
# Tests are not run here: CI runs them (`mvn -B verify`) before an image is built.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, so that a change to the code does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -DskipTests package \
    && cp target/sportello-lavoro-*.jar /build/sportello-lavoro.jar

FROM eclipse-temurin:17-jre
# curl only for the HEALTHCHECK below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system sil \
    && useradd --system --gid sil --home-dir /app --shell /usr/sbin/nologin sil
# The jar extracted (no nested jars to open) and a CDS archive of the classes a start loads, made here by this
# image's own java, for which alone it is valid (deploy/avvio-cds.sh, ADR 0021): a start to readiness took 0.58 of
# the plain jar's time (docs/benchmark.md, "Avvio"). The training start runs on an in-memory H2 and leaves no data in the image.
COPY deploy/avvio-cds.sh /tmp/avvio-cds.sh
COPY --from=build /build/sportello-lavoro.jar /tmp/sportello-lavoro.jar
RUN sh /tmp/avvio-cds.sh /tmp/sportello-lavoro.jar /app \
    && rm /tmp/avvio-cds.sh /tmp/sportello-lavoro.jar
WORKDIR /app
USER sil
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# Ready = started and the database answers (Spring Boot readiness group).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/sportello-lavoro.jsa", "-jar", "/app/sportello-lavoro.jar"]
