package com.niasotac.demo;

import com.niasotac.catalog.category.service.CategoryRequest;
import com.niasotac.catalog.category.service.CategoryRow;
import com.niasotac.catalog.category.service.CategoryService;
import com.niasotac.catalog.product.service.ProductDetailRow;
import com.niasotac.catalog.product.service.ProductImageFiles;
import com.niasotac.catalog.product.service.ProductImageService;
import com.niasotac.catalog.product.service.ProductRequest;
import com.niasotac.catalog.product.service.ProductService;
import com.niasotac.platform.config.Settings;
import com.niasotac.platform.media.ImageInspector;
import com.niasotac.site.service.OfferedServices;
import com.niasotac.site.service.SocialLinks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * With {@code DEMO_DATA=true} (never in production) and an empty catalog, creates the demonstration catalog
 * at start-up through the same services the API uses, so demo data obeys every rule real data does.
 * Views and clicks are spread over the last 30 days so featured and recommended lists have something to show.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final int IMAGE_SIDE = 800;

    @Inject
    Settings settings;

    @Inject
    CategoryService categories;

    @Inject
    ProductService products;

    @Inject
    ProductImageFiles images;

    @Inject
    OfferedServices services;

    @Inject
    SocialLinks socialLinks;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void load() {
        if (!settings.demoData()) {
            return;
        }
        long existing =
                ((Number) em.createNativeQuery("SELECT count(*) FROM category").getSingleResult()).longValue();
        if (existing > 0) {
            LOG.info("DEMO_DATA is on but the catalog is not empty: nothing loaded");
            return;
        }
        DemoCatalog demo = DemoCatalog.read();
        int count = 0;
        for (DemoCatalog.Department department : demo.departments()) {
            CategoryRow root = categories.create(
                    new CategoryRequest(department.name(), null, null, true, List.of(department.alias())));
            for (DemoCatalog.Shelf shelf : department.shelves()) {
                CategoryRow category =
                        categories.create(new CategoryRequest(shelf.name(), null, root.id(), false, null));
                for (DemoCatalog.Item item : shelf.items()) {
                    addProduct(category, item, department.rgb(), count++);
                }
            }
        }
        demo.services().forEach(services::create);
        demo.socialLinks().forEach(socialLinks::create);
        LOG.info("Demo catalog loaded: " + demo.departments().size() + " departments, " + count + " products, "
                + demo.services().size() + " services, " + demo.socialLinks().size() + " social links");
    }

    private void addProduct(CategoryRow category, DemoCatalog.Item item, int color, int index) {
        ProductDetailRow product = products.create(new ProductRequest(
                item.name(),
                null,
                null,
                null,
                item.brand(),
                category.id(),
                item.summary(),
                item.brand() + " " + item.name() + " : " + item.summary() + ". Garantie 12 mois, livraison à Cotonou.",
                String.join("\n", item.summary().split(", ")), // one specification per line
                BigDecimal.valueOf(item.price()),
                item.compareAt() == null ? null : BigDecimal.valueOf(item.compareAt()),
                BigDecimal.valueOf(item.cost()),
                item.stock(),
                true,
                true,
                null,
                null,
                false,
                false,
                false,
                false,
                null));
        long id = product.summary().id();
        byte[] png = picture(color, index);
        ImageInspector.Image image = ImageInspector.inspect(png).orElseThrow();
        images.add(id, png, image, new ProductImageService.ImageChange(item.brand() + " " + item.name(), true, 0));
        // A believable history: some products far more looked at than others.
        products.recordDemoActivity(id, (index * 37) % 180 + 5, (index * 13) % 45);
    }

    /** A product picture: the department's colour, with a shape that differs per product. */
    static byte[] picture(int color, int index) {
        BufferedImage image = new BufferedImage(IMAGE_SIDE, IMAGE_SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color base = new Color(color);
        g.setPaint(new GradientPaint(0, 0, base.brighter(), IMAGE_SIDE, IMAGE_SIDE, base.darker()));
        g.fillRect(0, 0, IMAGE_SIDE, IMAGE_SIDE);
        g.setColor(new Color(255, 255, 255, 200));
        int size = 260 + (index % 5) * 40;
        int offset = (IMAGE_SIDE - size) / 2;
        if (index % 2 == 0) {
            g.fillRoundRect(offset, offset, size, (int) (size * 0.65), 40, 40);
        } else {
            g.fillOval(offset, offset, size, size);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
