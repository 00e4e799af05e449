package com.niasotac.platform.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * MicroProfile Health on the application port (WildFly serves it on the management port only):
 * {@code /healthz} everything, {@code /healthz/live}, {@code /healthz/ready}. 200 when UP, 503 when DOWN.
 */
@Path("healthz")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** The MicroProfile Health JSON shape. */
    @JsonbPropertyOrder({"status", "checks"})
    public record HealthReport(String status, List<CheckReport> checks) {}

    @JsonbPropertyOrder({"name", "status", "data"})
    public record CheckReport(String name, String status, Map<String, Object> data) {}

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Dependency
    Instance<HealthCheck> dependencies;

    @GET
    @Operation(summary = "Liveness, readiness and the optional dependencies (mail) together")
    public Response all() {
        return report(Stream.of(liveness.stream(), readiness.stream(), dependencies.stream())
                .flatMap(checks -> checks));
    }

    @GET
    @Path("live")
    @Operation(summary = "Liveness: the process can serve requests")
    public Response live() {
        return report(liveness.stream());
    }

    @GET
    @Path("ready")
    @Operation(summary = "Readiness: database, migrations and other dependencies are usable")
    public Response ready() {
        return report(readiness.stream());
    }

    private static Response report(Stream<HealthCheck> checks) {
        List<CheckReport> results = checks.map(HealthResource::run).toList();
        boolean up = results.stream().allMatch(check -> "UP".equals(check.status()));
        return Response.status(up ? 200 : 503)
                .entity(new HealthReport(up ? "UP" : "DOWN", results))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static CheckReport run(HealthCheck check) {
        HealthCheckResponse response;
        try {
            response = check.call();
        } catch (RuntimeException e) {
            return new CheckReport(check.getClass().getSimpleName(), "DOWN", Map.of("error", "check failed"));
        }
        return new CheckReport(
                response.getName(),
                response.getStatus().name(),
                response.getData().map(Map::copyOf).orElse(Map.of()));
    }
}
