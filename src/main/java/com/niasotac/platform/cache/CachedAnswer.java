package com.niasotac.platform.cache;

/**
 * A public answer as it was sent: its JSON bytes (never modified once kept), its content type (a hit sends the
 * very header the miss did), and the route template of the resource method that made it, under which a hit is
 * counted in the HTTP metrics.
 */
public record CachedAnswer(byte[] body, String contentType, String route) {}
