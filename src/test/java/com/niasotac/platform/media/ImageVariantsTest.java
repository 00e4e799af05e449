package com.niasotac.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.it.support.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageVariantsTest {

    @Test
    void aLargePhotoGetsA320AndAn800VariantWithItsAspectRatio() throws IOException {
        List<ImageVariants.Variant> variants = ImageVariants.of(TestImages.jpeg(1600, 1200));

        assertThat(variants).extracting(ImageVariants.Variant::size).containsExactly(320, 800);
        assertDimensions(variants.get(0), 320, 240);
        assertDimensions(variants.get(1), 800, 600);
    }

    @Test
    void aPictureIsNeverEnlarged() throws IOException {
        List<ImageVariants.Variant> between = ImageVariants.of(TestImages.jpeg(500, 400));
        List<ImageVariants.Variant> narrow = ImageVariants.of(TestImages.png(300, 600));

        assertDimensions(between.get(0), 320, 256);
        assertDimensions(between.get(1), 500, 400);
        assertDimensions(narrow.get(0), 300, 600);
        assertDimensions(narrow.get(1), 300, 600);
    }

    @Test
    void aSmallJpegThatReencodingWouldGrowIsCopiedAsItsOwnFallback() throws IOException {
        byte[] small = lowQualityJpeg(300, 300);

        List<ImageVariants.Variant> variants = ImageVariants.of(small);

        assertThat(variants.get(0).fallback().bytes()).isEqualTo(small);
        assertThat(variants.get(1).fallback().bytes()).isEqualTo(small);
        byte[] large = lowQualityJpeg(1200, 900);
        assertThat(ImageVariants.of(large).get(0).fallback().bytes())
                .as("resized: never the original")
                .isNotEqualTo(large)
                .hasSizeLessThan(large.length);
    }

    @Test
    void eachVariantIsAWebpAndAJpegThatDecodeToThePicture() throws IOException {
        ImageVariants.Variant grid =
                ImageVariants.of(TestImages.jpeg(1000, 1000)).get(0);

        assertThat(grid.webp().format()).isEqualTo(ImageInspector.Format.WEBP);
        assertThat(grid.fallback().format()).isEqualTo(ImageInspector.Format.JPEG);
        for (byte[] file : List.of(grid.webp().bytes(), grid.fallback().bytes())) {
            BufferedImage decoded = ImageVariants.decodeUpright(file);
            // TestImages draws a white disc on blue: still there, not a blank or garbled picture
            assertThat(near(decoded.getRGB(160, 160), Color.WHITE)).isTrue();
            assertThat(near(decoded.getRGB(5, 5), new Color(0x1f6feb))).isTrue();
        }
    }

    @Test
    void anOpaquePngGetsAJpegFallbackButATransparentOneKeepsPngAndWebpAlpha() throws IOException {
        ImageVariants.Variant opaque =
                ImageVariants.of(TestImages.png(400, 400)).get(0);
        ImageVariants.Variant clear =
                ImageVariants.of(transparentCorners(400, 400)).get(0);

        assertThat(opaque.fallback().format()).isEqualTo(ImageInspector.Format.JPEG);
        assertThat(clear.fallback().format()).isEqualTo(ImageInspector.Format.PNG);
        for (byte[] file : List.of(clear.webp().bytes(), clear.fallback().bytes())) {
            BufferedImage decoded = ImageVariants.decodeUpright(file);
            assertThat(decoded.getRGB(2, 2) >>> 24).as("a transparent corner").isLessThan(16);
            assertThat(decoded.getRGB(160, 160) >>> 24).as("the opaque middle").isGreaterThan(240);
        }
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUprightAsItsExifSays() throws IOException {
        // Stored 400×200, red on top; EXIF orientation 6: shown turned a quarter clockwise, red on the right.
        byte[] sideways = withExifOrientation(redOverBlue(400, 200), 6);

        ImageVariants.Variant grid = ImageVariants.of(sideways).get(0);

        assertDimensions(grid, 200, 400);
        BufferedImage shown = ImageVariants.decodeUpright(grid.fallback().bytes());
        assertThat(near(shown.getRGB(150, 200), Color.RED)).isTrue();
        assertThat(near(shown.getRGB(50, 200), Color.BLUE)).isTrue();
    }

    @Test
    void whatIsNotAnImageIsAnError() {
        assertThatThrownBy(() -> ImageVariants.of("not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        byte[] png = TestImages.png(400, 400);
        assertThatThrownBy(() -> ImageVariants.of(java.util.Arrays.copyOf(png, png.length / 3)))
                .isInstanceOf(IOException.class);
    }

    /** Both files of the variant decode, to the size it states. */
    static void assertDimensions(ImageVariants.Variant variant, int width, int height) throws IOException {
        assertThat(variant.width()).as("width of " + variant.size()).isEqualTo(width);
        assertThat(variant.height()).as("height of " + variant.size()).isEqualTo(height);
        for (ImageVariants.Encoded file : List.of(variant.webp(), variant.fallback())) {
            assertThat(ImageInspector.inspect(file.bytes()))
                    .as(file.format() + " of " + variant.size())
                    .contains(new ImageInspector.Image(file.format(), width, height));
        }
    }

    static boolean near(int argb, Color expected) {
        Color actual = new Color(argb);
        return Math.abs(actual.getRed() - expected.getRed()) < 40
                && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }

    static byte[] transparentCorners(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(0, 0, width, height);
        g.dispose();
        return TestImages.write("png", image);
    }

    static byte[] redOverBlue(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return TestImages.write("jpeg", image);
    }

    /** The JPEG with an APP1 Exif segment holding only an orientation tag, as cameras write it. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
            'M',
            'M',
            0,
            42,
            0,
            0,
            0,
            8, // big-endian TIFF header, first IFD at offset 8
            0,
            1, // one entry
            0x01,
            0x12,
            0,
            3,
            0,
            0,
            0,
            1,
            0,
            (byte) orientation,
            0,
            0, // Orientation, SHORT, 1 value
            0,
            0,
            0,
            0 // no next IFD
        };
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        // after SOI and the JFIF APP0 segment the JDK writes first
        int at = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** A JPEG at quality 0.2: smaller than the variants' 0.8 would make it. */
    static byte[] lowQualityJpeg(int width, int height) throws IOException {
        BufferedImage image = ImageVariants.decodeUpright(TestImages.jpeg(width, height));
        javax.imageio.ImageWriter writer =
                ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.2f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }
}
