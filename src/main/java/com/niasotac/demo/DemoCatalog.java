package com.niasotac.demo;

import com.niasotac.platform.json.JsonFormat;
import com.niasotac.site.service.SiteRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demonstration catalog: NIASOTAC's four departments, their shelves, about forty real products, the shop's
 * services and social links. The data lives in {@code demo/catalog.json}, read with the API's own JSON rules.
 */
public record DemoCatalog(
        List<Department> departments, List<SiteRequests.Service> services, List<SiteRequests.SocialLink> socialLinks) {

    static final String RESOURCE = "/demo/catalog.json";

    /** Prices in FCFA; {@code compareAt} the crossed-out price, if any; {@code summary} its specifications. */
    public record Item(String name, String brand, long price, Long compareAt, long cost, int stock, String summary) {}

    public record Shelf(String name, List<Item> items) {}

    /** {@code alias}: the English slug the shop's footer links to; {@code color}: {@code #rrggbb} of its pictures. */
    public record Department(String name, String alias, String color, List<Shelf> shelves) {

        int rgb() {
            return Integer.parseInt(color.substring(1), 16);
        }
    }

    static DemoCatalog read() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return JsonFormat.JSONB.fromJson(in, DemoCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int productCount() {
        return departments.stream()
                .flatMap(department -> department.shelves().stream())
                .mapToInt(shelf -> shelf.items().size())
                .sum();
    }
}
