package com.niasotac.platform.media;

import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute public URLs of stored media: under {@code MEDIA_BASE_URL} when set, else under this API's
 * {@code /media/} at the address the request came to (its Host is checked by AllowedHostFilter).
 */
@RequestScoped
public class MediaUrls {

    @Inject
    Settings settings;

    @Inject
    HttpServletRequest request;

    private String base;

    public String url(String key) {
        return key == null ? null : base() + "/" + key;
    }

    /** What every media URL of this request starts with (no trailing slash). */
    public String base() {
        if (base == null) {
            base = settings.media().baseUrl().map(Object::toString).orElseGet(this::ownMediaPath);
        }
        return base;
    }

    private String ownMediaPath() {
        StringBuffer url = request.getRequestURL();
        String root = url.substring(0, url.length() - request.getRequestURI().length());
        return root + request.getContextPath() + "/media";
    }
}
