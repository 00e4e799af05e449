package com.niasotac.catalog.product.api;

import com.niasotac.catalog.category.service.CategoryService;
import com.niasotac.catalog.product.service.ProductFilter;
import com.niasotac.catalog.product.service.ProductQueries;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.Ordering;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PageRequest;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.cache.PublicCache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/categories/{slug}/products}: the active products of a category and its descendants. */
@Path("api/v1/categories/{slug}/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
public class CategoryProductsResource {

    @Inject
    CategoryService categories;

    @Inject
    ProductQueries queries;

    @Inject
    ProductViews views;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Active products of the category and its descendants, paginated (ordering as for /products)")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> products(@PathParam("slug") String slug) {
        String path = categories.subtreePath(slug).orElseThrow(() -> ApiException.notFound("Category"));
        PageRequest page = PageRequest.from(uri);
        Ordering ordering = Ordering.parse(
                QueryParams.of(uri).text("ordering").orElse(null),
                ProductQueries.ORDERING,
                ProductQueries.DEFAULT_ORDERING);
        ProductQueries.ProductList found = queries.list(ProductFilter.inCategory(path), false, page, ordering);
        return Envelope.ok(Page.of(page, found.count(), views.items(found.rows()), uri));
    }
}
