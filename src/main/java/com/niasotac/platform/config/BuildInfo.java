package com.niasotac.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into {@code niasotac-build.properties} (Maven resource filtering). */
public final class BuildInfo {

    private static final String RESOURCE = "/niasotac-build.properties";

    private BuildInfo() {}

    /** {@code niasotac-api@<version>}, the default release of error reports. */
    public static String release() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("artifact", "niasotac-api") + "@" + properties.getProperty("version", "dev");
    }
}
