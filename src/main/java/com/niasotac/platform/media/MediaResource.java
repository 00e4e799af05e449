package com.niasotac.platform.media;

import com.niasotac.platform.api.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Serves stored media under {@code /media/} when no CDN ({@code MEDIA_BASE_URL}) fronts it, from whichever
 * store holds it. Keys are random, so files never change: cached for a year. Only image types are served,
 * never as active content.
 */
@Path("media")
@RequestScoped
public class MediaResource {

    @Inject
    MediaStorage storage;

    @GET
    @Path("{key: .+}")
    public Response file(@PathParam("key") String key) {
        String type = MediaTypes.of(key).orElseThrow(() -> ApiException.notFound("File"));
        InputStream content = storage.open(key).orElseThrow(() -> ApiException.notFound("File"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(31_536_000);
        Response.ResponseBuilder answer = Response.ok(content, type)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                // An SVG opened directly must not run scripts or load anything.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        MediaTypes.disposition(key).ifPresent(disposition -> answer.header("Content-Disposition", disposition));
        return answer.build();
    }
}
