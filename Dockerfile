# syntax=docker/dockerfile:1
# NIASOTAC catalog API: WildFly 39 provisioned by the Maven build (Galleon layers, server-config/server.cli)
# with ROOT.war deployed. Configuration only through the environment (see .env.example); no secret inside.

# ---- build: the same Maven build as CI; tests run in CI, not here ----
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY pom.xml .
COPY server-config server-config
COPY src src
RUN mvn -B -q -DskipTests package \
 && mkdir -p /out/app \
 && cp -r target/server /out/server \
 && cp target/ROOT.war /out/server/standalone/deployments/ROOT.war \
 && cp -r target/ROOT/WEB-INF /out/app/WEB-INF \
 && cp -r target/cli-lib /out/cli-lib

# ---- runtime: a JRE, the provisioned server, a non-root user ----
FROM eclipse-temurin:17.0.15_6-jre-jammy
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 niasotac \
 && useradd --system --uid 10001 --gid niasotac --home-dir /opt/niasotac --shell /usr/sbin/nologin niasotac
COPY --from=build --chown=niasotac:niasotac /out/server /opt/niasotac/server
# The application's classes for the command-line tools (create-admin, migrate-media, check-config).
COPY --from=build --chown=niasotac:niasotac /out/app /opt/niasotac/app
# The libraries only those tools use (picocli, sqlite-jdbc, ...), kept out of the WAR.
COPY --from=build --chown=niasotac:niasotac /out/cli-lib /opt/niasotac/cli-lib
COPY --chown=niasotac:niasotac server-config/*.sh /opt/niasotac/bin/
ENV NIASOTAC_APP_DIR=/opt/niasotac/app \
    NIASOTAC_CLI_LIB=/opt/niasotac/cli-lib \
    APP_ENV=production \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
USER niasotac
WORKDIR /opt/niasotac
# 8080: the API. 9990: management, including the Prometheus scrape at /prometheus; publish it to the
# monitoring network only.
EXPOSE 8080 9990
# Ready = database and migrations up. Ten tries cover the start (the linter predates --start-period).
HEALTHCHECK --interval=15s --timeout=3s --retries=10 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/healthz/ready || exit 1
ENTRYPOINT ["/opt/niasotac/server/bin/standalone.sh", "-b", "0.0.0.0", "-bmanagement", "0.0.0.0"]
