package com.niasotac.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageInspectorTest {

    @Test
    void recognisesJpegPngAndWebpByContentWithTheirSize() {
        assertThat(ImageInspector.inspect(TestImages.jpeg(640, 480)))
                .contains(new ImageInspector.Image(ImageInspector.Format.JPEG, 640, 480));
        assertThat(ImageInspector.inspect(TestImages.png(300, 301)))
                .contains(new ImageInspector.Image(ImageInspector.Format.PNG, 300, 301));
        assertThat(ImageInspector.inspect(TestImages.webp320()))
                .contains(new ImageInspector.Image(ImageInspector.Format.WEBP, 320, 320));
    }

    @Test
    void refusesWhatIsNotACompleteImage() {
        byte[] png = TestImages.png(400, 400);

        assertThat(ImageInspector.inspect("not an image at all".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageInspector.inspect(Arrays.copyOf(png, png.length / 2)))
                .as("truncated")
                .isEmpty();
        assertThat(ImageInspector.inspect(new byte[0])).isEmpty();
    }

    @Test
    void iconsMayAlsoBeIcoOrHarmlessSvg() {
        byte[] ico = {0, 0, 1, 0, 1, 0, 16, 16, 0, 0};
        String svg =
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>";

        assertThat(IconInspector.inspect(ico)).contains(new IconInspector.Icon("ico", "image/x-icon"));
        assertThat(IconInspector.inspect(svg.getBytes(StandardCharsets.UTF_8)))
                .contains(new IconInspector.Icon("svg", "image/svg+xml"));
        assertThat(IconInspector.inspect(TestImages.png(64, 64))).contains(new IconInspector.Icon("png", "image/png"));
    }

    @Test
    void svgWithActiveContentIsRefused() {
        for (String svg : new String[] {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\">x</a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>",
            "<html><svg></svg></html>"
        }) {
            assertThat(IconInspector.inspect(svg.getBytes(StandardCharsets.UTF_8)))
                    .as(svg)
                    .isEmpty();
        }
    }
}
