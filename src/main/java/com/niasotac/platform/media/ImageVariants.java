package com.niasotac.platform.media;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.resizers.configurations.Rendering;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Smaller copies of an uploaded picture, for the shop's grids and product pages on mobile networks: one per
 * {@link #SIZES size}, at most that wide and never wider than the picture (no upscaling), turned upright as the
 * JPEG's EXIF orientation says (what browsers do with the original), each as lossy WebP and as a fallback every
 * browser decodes: JPEG, or PNG when the picture has transparent pixels (a JPEG would paint them black).
 * Resized with Thumbnailator (progressive bilinear), WebP encoded by libwebp (webp-imageio's JNI binding).
 */
public final class ImageVariants {

    /** The width of grid cards (two columns on a phone). */
    public static final int GRID_WIDTH = 320;

    /** The width of the product page's picture. */
    public static final int PAGE_WIDTH = 800;

    /** The widths made, smallest first. */
    public static final List<Integer> SIZES = List.of(GRID_WIDTH, PAGE_WIDTH);

    static final float JPEG_QUALITY = 0.80f;
    static final float WEBP_QUALITY = 0.80f;

    /** One file of a variant: its format and bytes. */
    public record Encoded(ImageInspector.Format format, byte[] bytes) {}

    /** The picture made for {@code size}: {@code width} ≤ size, the same aspect ratio as the original. */
    public record Variant(int size, int width, int height, Encoded webp, Encoded fallback) {}

    private ImageVariants() {}

    /**
     * One variant per size, smallest first; an {@link IOException} when the content does not decode (or any other
     * failure to make them, but a {@link LinkageError}: libwebp cannot be loaded on this machine). A file is
     * never larger than the original: where the original already fits a size, is upright and in that format
     * (a small JPEG, say), and re-encoding it would only grow it, the variant is a copy of the original.
     */
    public static List<Variant> of(byte[] content) throws IOException {
        try {
            return make(content);
        } catch (RuntimeException e) {
            throw new IOException("cannot make the variants: " + e, e);
        }
    }

    private static List<Variant> make(byte[] content) throws IOException {
        Decoded decoded = decode(content);
        BufferedImage upright = withPlainAlpha(decoded.pixels());
        boolean translucent = isTranslucent(upright);
        List<Variant> variants = new ArrayList<>();
        BufferedImage source = upright;
        // Largest first, each from the one before: the same quality as from the original, less work.
        List<Integer> sizes = new ArrayList<>(SIZES);
        Collections.reverse(sizes);
        for (int size : sizes) {
            int width = Math.min(size, upright.getWidth());
            int height = Math.max(1, (int) Math.round((double) upright.getHeight() * width / upright.getWidth()));
            BufferedImage resized = Thumbnails.of(source)
                    .forceSize(width, height)
                    .rendering(Rendering.QUALITY)
                    .imageType(translucent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
            Encoded original =
                    width == upright.getWidth() && !decoded.turned() ? new Encoded(decoded.format(), content) : null;
            variants.add(
                    0,
                    new Variant(
                            size,
                            width,
                            height,
                            smaller(webp(resized), original),
                            smaller(fallback(resized, translucent), original)));
            source = resized;
        }
        return variants;
    }

    /** The original instead of a re-encoding of the same pixels that is no smaller and of its format. */
    private static Encoded smaller(Encoded encoded, Encoded original) {
        return original != null
                        && original.format() == encoded.format()
                        && original.bytes().length <= encoded.bytes().length
                ? original
                : encoded;
    }

    /** The pixels, rotated or flipped as the EXIF orientation of a JPEG asks. */
    static BufferedImage decodeUpright(byte[] content) throws IOException {
        return decode(content).pixels();
    }

    /** Pixels made upright, and whether that turned them (then they no longer match the stored file). */
    private record Decoded(ImageInspector.Format format, BufferedImage pixels, boolean turned) {}

    private static Decoded decode(byte[] content) throws IOException {
        ImageInspector.Format format =
                ImageInspector.sniff(content).orElseThrow(() -> new IOException("not a JPEG, PNG or WebP image"));
        ImageReader reader = ImageInspector.reader(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, false);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > ImageInspector.MAX_PIXELS) {
                throw new IOException("too many pixels");
            }
            BufferedImage image = reader.read(0);
            Orientation orientation = format == ImageInspector.Format.JPEG ? orientation(reader) : null;
            if (orientation == null || orientation == Orientation.TOP_LEFT) {
                return new Decoded(format, image, false);
            }
            return new Decoded(
                    format, ExifFilterUtils.getFilterForOrientation(orientation).apply(image), true);
        } catch (RuntimeException e) {
            throw new IOException("cannot decode the image", e);
        } finally {
            reader.dispose();
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null; // a broken EXIF block: shown as stored, as a browser would
        }
    }

    /**
     * A picture with transparency as 8-bit ARGB, whatever it was decoded as (a palette with a transparent entry,
     * 16-bit grey and alpha…), so its alpha can be read the same way; others unchanged.
     */
    static BufferedImage withPlainAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = argb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return argb;
    }

    /** Whether any pixel of an image {@link #withPlainAlpha} made is less than opaque (an alpha channel alone does not count). */
    static boolean isTranslucent(BufferedImage image) {
        Raster alpha = image.getAlphaRaster();
        if (alpha == null) {
            return false;
        }
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(alpha.getMinX(), alpha.getMinY() + y, alpha.getWidth(), 1, 0, row);
            for (int sample : row) {
                if (sample < 255) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Encoded fallback(BufferedImage image, boolean translucent) throws IOException {
        if (translucent) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new Encoded(ImageInspector.Format.PNG, out.toByteArray());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setOptimizeHuffmanTables(true);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // shows early on a slow network, and smaller
        return new Encoded(ImageInspector.Format.JPEG, write(writer, param, image));
    }

    private static Encoded webp(BufferedImage image) throws IOException {
        // Created directly, not looked up in ImageIO's JVM-wide registry (see ImageInspector#reader).
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance();
        WebPWriteParam param = (WebPWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(CompressionType.Lossy);
        param.setCompressionQuality(WEBP_QUALITY);
        return new Encoded(ImageInspector.Format.WEBP, write(writer, param, image));
    }

    private static byte[] write(ImageWriter writer, ImageWriteParam param, BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
