package com.niasotac.platform.openapi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /openapi}: the document generated at build time from this code's annotations. Served by the
 * application, so the Host check and the CORS rules apply to it as to every other path. YAML by default,
 * as MicroProfile OpenAPI does; JSON for {@code ?format=json} or {@code Accept: application/json}.
 */
@Path("openapi")
@ApplicationScoped
public class OpenApiResource {

    static final String YAML = "application/yaml";
    private static final String LOCATION = "/META-INF/openapi/openapi.";

    private String yaml;
    private String json;

    @PostConstruct
    void load() {
        yaml = read("yaml");
        json = read("json");
    }

    @GET
    @Produces({YAML, MediaType.APPLICATION_JSON})
    @Operation(summary = "This document")
    public Response document(@QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean asJson = "json".equalsIgnoreCase(format)
                || (format == null
                        && headers.getAcceptableMediaTypes().stream()
                                .findFirst()
                                .filter(type ->
                                        type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType())
                                .isPresent());
        return Response.ok(
                        asJson ? json : yaml,
                        asJson ? MediaType.APPLICATION_JSON + ";charset=UTF-8" : YAML + ";charset=UTF-8")
                .build();
    }

    private static String read(String extension) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(LOCATION + extension)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document missing from the build: " + LOCATION + extension);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
