package com.niasotac.platform.openapi;

import com.niasotac.platform.web.AssetBundle;
import com.niasotac.platform.web.StaticFiles;
import com.niasotac.platform.web.StaticFiles.StaticFile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/docs}: the API reference for frontend developers, Swagger UI (from its WebJar, never a CDN)
 * reading {@code /openapi}. Its assets live under a path carrying their fingerprint, so browsers keep them for a
 * year; the page itself is revalidated. No inline script: the page's policy allows only this origin.
 */
@Path("api/docs")
@ApplicationScoped
@Tag(name = "Operations")
public class ApiDocsResource {

    static final String OWN = "/api-docs/";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            // Swagger UI's React components set style attributes.
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private AssetBundle assets;
    private StaticFile page;

    @PostConstruct
    void load() {
        String webjar =
                "/META-INF/resources/webjars/swagger-ui/" + StaticFiles.webJarVersion("org.webjars", "swagger-ui");
        // Swagger UI's files the page loads; nothing else of the WebJar is served.
        assets = new AssetBundle(Map.of(
                "swagger-ui.css", webjar + "/swagger-ui.css",
                "swagger-ui-bundle.js", webjar + "/swagger-ui-bundle.js",
                "favicon-32x32.png", webjar + "/favicon-32x32.png",
                "init.js", OWN + "init.js"));
        page = assets.page(OWN + "index.html", Map.of());
    }

    @GET
    @Operation(summary = "This API's reference (Swagger UI, HTML)")
    public Response page(@HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return StaticFiles.page(page, false, acceptEncoding, CONTENT_SECURITY_POLICY);
    }

    @GET
    @Path("assets/{fingerprint}/{file}")
    @Operation(hidden = true)
    public Response asset(
            @PathParam("fingerprint") String fingerprint,
            @PathParam("file") String file,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return assets.serve(fingerprint, file, acceptEncoding, CONTENT_SECURITY_POLICY);
    }
}
