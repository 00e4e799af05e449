package com.niasotac.platform.web;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.web.StaticFiles.StaticFile;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fixed set of files served under a path that carries their fingerprint (a hash of every name and byte), so
 * browsers may keep them for a year: any change to any file gives every file a new address. Only the listed
 * files are served; their page, revalidated on every load, names the current fingerprint.
 */
public final class AssetBundle {

    private final Map<String, StaticFile> files = new TreeMap<>();
    private final String fingerprint;

    /** {@code locations}: each public name (a relative path) and the classpath resource it is read from. */
    public AssetBundle(Map<String, String> locations) {
        MessageDigest digest = sha256();
        new TreeMap<>(locations).forEach((name, location) -> {
            byte[] content = StaticFiles.require(location);
            files.put(name, StaticFile.of(name, content));
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
        });
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** A file of this bundle, asked for under the current fingerprint (an old one is gone, not redirected). */
    public Optional<StaticFile> file(String requestedFingerprint, String name) {
        return fingerprint.equals(requestedFingerprint) ? Optional.ofNullable(files.get(name)) : Optional.empty();
    }

    /** The asset's answer, kept a year by browsers; a 404 in the envelope for any other name or fingerprint. */
    public Response serve(String requestedFingerprint, String name, String acceptEncoding, String policy) {
        StaticFile asset = file(requestedFingerprint, name).orElseThrow(() -> ApiException.notFound("File"));
        return StaticFiles.page(asset, true, acceptEncoding, policy);
    }

    /**
     * The bundle's page: an HTML template whose {@code {fingerprint}} placeholders name this bundle's files, after
     * the other placeholders ({@code {name}}) are replaced by their text (which may name files the same way).
     */
    public StaticFile page(String classpathLocation, Map<String, String> placeholders) {
        String html = new String(StaticFiles.require(classpathLocation), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            html = html.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return StaticFile.of(
                "index.html", html.replace("{fingerprint}", fingerprint).getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
