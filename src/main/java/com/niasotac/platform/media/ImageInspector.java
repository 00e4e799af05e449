package com.niasotac.platform.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Identifies an uploaded image by its content, never its name: JPEG, PNG or WebP by their signatures, then
 * decoded in full to prove the file is intact. Dimensions are read first so a huge image is refused before
 * it is decoded into memory.
 */
public final class ImageInspector {

    /** Larger images are refused before decoding (about 100 MB of pixels). */
    public static final long MAX_PIXELS = 25_000_000L;

    public enum Format {
        JPEG("jpg", "image/jpeg"),
        PNG("png", "image/png"),
        WEBP("webp", "image/webp");

        public final String extension;
        public final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    public record Image(Format format, int width, int height) {}

    private ImageInspector() {}

    public static Optional<Format> sniff(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        if (content.length >= 8
                && (content[0] & 0xFF) == 0x89
                && content[1] == 'P'
                && content[2] == 'N'
                && content[3] == 'G') {
            return Optional.of(Format.PNG);
        }
        if (content.length >= 12
                && content[0] == 'R'
                && content[1] == 'I'
                && content[2] == 'F'
                && content[3] == 'F'
                && content[8] == 'W'
                && content[9] == 'E'
                && content[10] == 'B'
                && content[11] == 'P') {
            return Optional.of(Format.WEBP);
        }
        return Optional.empty();
    }

    /** The image, or empty when the content is not a complete JPEG, PNG or WebP image. */
    public static Optional<Image> inspect(byte[] content) {
        Optional<Format> format = sniff(content);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        ImageReader reader;
        try {
            reader = reader(format.get());
        } catch (IOException e) {
            return Optional.empty();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                return Optional.empty();
            }
            reader.read(0); // decodes everything: a truncated or corrupt file fails here
            return Optional.of(new Image(format.get(), width, height));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    static ImageReader reader(Format format) throws IOException {
        if (format == Format.WEBP) {
            // Created directly rather than through ImageIO's JVM-wide registry, which would keep this
            // deployment's class loader alive after an undeploy.
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png");
        return readers.next();
    }
}
