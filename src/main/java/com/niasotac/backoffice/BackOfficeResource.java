package com.niasotac.backoffice;

import com.niasotac.platform.config.Settings;
import com.niasotac.platform.web.AssetBundle;
import com.niasotac.platform.web.StaticFiles;
import com.niasotac.platform.web.StaticFiles.StaticFile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /admin/}: the staff back-office, a single page in French that speaks only the public REST API. Its
 * files come from the WAR (the console's own under {@code /admin/}, Pico CSS from its WebJar), under a path
 * carrying their fingerprint, cached for a year; the page is revalidated on every load.
 */
@Path("admin")
@ApplicationScoped
public class BackOfficeResource {

    static final String ROOT = "/admin/";
    /** The console's own files, one relative path a line: only these are served (BackOfficeFilesTest checks it). */
    static final String MANIFEST = ROOT + "files.txt";

    static final String PICO = "/META-INF/resources/webjars/picocss__pico/";

    @Inject
    Settings settings;

    private AssetBundle assets;
    private StaticFile page;
    private String policy;

    @PostConstruct
    void load() {
        List<String> own = new String(StaticFiles.require(MANIFEST), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        Map<String, String> locations = new HashMap<>();
        own.forEach(file -> locations.put(file, ROOT + file));
        locations.put(
                "pico.min.css",
                PICO + StaticFiles.webJarVersion("org.webjars.npm", "picocss__pico") + "/css/pico.min.css");
        assets = new AssetBundle(locations);
        page = assets.page(ROOT + "index.html", Map.of("preload", modulePreloads(own)));
        policy = contentSecurityPolicy(
                settings.media().baseUrl().map(BackOfficeResource::origin).orElse(""));
    }

    @GET
    @Operation(hidden = true)
    public Response page(@HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return StaticFiles.page(page, false, acceptEncoding, policy);
    }

    @GET
    @Path("assets/{fingerprint}/{file: [a-z0-9][a-z0-9./-]*}")
    @Operation(hidden = true)
    public Response asset(
            @PathParam("fingerprint") String fingerprint,
            @PathParam("file") String file,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return assets.serve(fingerprint, file, acceptEncoding, policy);
    }

    /**
     * Scripts and everything else from this origin only; images may also come from {@code MEDIA_BASE_URL}'s origin
     * (the shop's own media server) and be local previews ({@code blob:}) before an upload. Inline styles are
     * allowed for one reason: the newsletter template preview (a sandboxed {@code srcdoc} frame, which inherits
     * this policy) must show the template's own inline styles. Nothing else in the console uses them.
     */
    static String contentSecurityPolicy(String mediaOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + ("img-src 'self' data: blob: " + mediaOrigin).strip() + "; "
                + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    /** Every module named up front, so a phone fetches them in parallel instead of import after import. */
    static String modulePreloads(List<String> files) {
        return files.stream()
                .filter(file -> file.endsWith(".js"))
                .map(file -> "  <link rel=\"modulepreload\" href=\"/admin/assets/{fingerprint}/" + file + "\">")
                .collect(Collectors.joining("\n"));
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
