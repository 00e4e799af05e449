package com.niasotac.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where uploaded media is kept ({@code MEDIA_ROOT}) and the public address it is served from
 * ({@code MEDIA_BASE_URL}, e.g. a CDN). Without a base URL the application serves it under {@code /media/}.
 */
public record MediaSettings(Path root, Optional<URI> baseUrl) {}
