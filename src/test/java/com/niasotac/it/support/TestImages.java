package com.niasotac.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real image files for tests: generated PNG and JPEG of any size, and a committed WebP sample (320×320). */
public final class TestImages {

    private TestImages() {}

    public static byte[] png(int width, int height) {
        return write("png", image(width, height, BufferedImage.TYPE_INT_ARGB));
    }

    public static byte[] jpeg(int width, int height) {
        return write("jpeg", image(width, height, BufferedImage.TYPE_INT_RGB));
    }

    public static byte[] webp320() {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/sample-320.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage image(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f6feb));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    /** {@code image} encoded by ImageIO in {@code format} ("png", "jpeg"). */
    public static byte[] write(String format, BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
