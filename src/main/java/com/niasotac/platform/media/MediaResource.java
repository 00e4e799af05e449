package com.niasotac.platform.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Serves stored media under {@code /media/} when no CDN ({@code MEDIA_BASE_URL}) fronts it. Keys are random,
 * so files never change: cached for a year. Only image types are served, never as active content.
 */
@Path("media")
@RequestScoped
public class MediaResource {

    private static final Map<String, String> TYPES = Map.of(
            "jpg",
            "image/jpeg",
            "png",
            "image/png",
            "webp",
            "image/webp",
            "ico",
            "image/x-icon",
            "svg",
            "image/svg+xml");

    @Inject
    LocalDiskStorage storage;

    @GET
    @Path("{key: .+}")
    public Response file(@PathParam("key") String key) {
        String extension = key.substring(key.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            throw com.niasotac.platform.api.ApiException.notFound("File");
        }
        java.nio.file.Path file =
                storage.file(key).orElseThrow(() -> com.niasotac.platform.api.ApiException.notFound("File"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(31_536_000);
        return Response.ok(file.toFile(), type)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                // An SVG opened directly must not run scripts or load anything.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }
}
