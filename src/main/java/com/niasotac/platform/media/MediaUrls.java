package com.niasotac.platform.media;

import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** Absolute public URLs of stored media: under {@code MEDIA_BASE_URL} when set, else under this API's {@code /media/}. */
@RequestScoped
public class MediaUrls {

    @Inject
    Settings settings;

    @Context
    UriInfo uri;

    public String url(String key) {
        if (key == null) {
            return null;
        }
        String base = settings.media()
                .baseUrl()
                .map(Object::toString)
                .orElseGet(() -> uri.getBaseUriBuilder().path("media").build().toString());
        return base + "/" + key;
    }
}
