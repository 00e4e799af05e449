package com.niasotac.platform.openapi;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.web.StaticFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/docs}: the API reference for frontend developers, Swagger UI (from its WebJar, never a CDN)
 * reading {@code /openapi}. Its assets live under a path carrying Swagger UI's version, so browsers keep them
 * for a year; the page itself is revalidated. No inline script: the page's policy allows only this origin.
 */
@Path("api/docs")
@ApplicationScoped
@Tag(name = "Operations")
public class ApiDocsResource {

    static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    static final String OWN = "/api-docs/";
    /** Swagger UI's files the page loads; nothing else of the WebJar is served. */
    static final Set<String> WEBJAR_FILES = Set.of("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png");

    static final Set<String> OWN_FILES = Set.of("init.js");

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            // Swagger UI's React components set style attributes.
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private String version;
    private byte[] page;

    @PostConstruct
    void load() {
        version = webjarVersion();
        page = new String(StaticFiles.read(OWN + "index.html").orElseThrow(), StandardCharsets.UTF_8)
                .replace("{version}", version)
                .getBytes(StandardCharsets.UTF_8);
    }

    @GET
    @Operation(summary = "This API's reference (Swagger UI, HTML)")
    public Response page() {
        return withPolicy(StaticFiles.ok("index.html", page, false));
    }

    @GET
    @Path("assets/{version}/{file}")
    @Operation(hidden = true)
    public Response asset(@PathParam("version") String requested, @PathParam("file") String file) {
        if (!version.equals(requested)) {
            throw ApiException.notFound("File");
        }
        String location;
        if (WEBJAR_FILES.contains(file)) {
            location = WEBJAR + version + "/" + file;
        } else if (OWN_FILES.contains(file)) {
            location = OWN + file;
        } else {
            throw ApiException.notFound("File");
        }
        byte[] content = StaticFiles.read(location).orElseThrow(() -> ApiException.notFound("File"));
        return withPolicy(StaticFiles.ok(file, content, true));
    }

    private static Response withPolicy(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The version Maven packaged, from the WebJar's own pom.properties. */
    private static String webjarVersion() {
        try (InputStream in =
                ApiDocsResource.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui WebJar is missing from the WAR");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
