package com.niasotac.catalog.product.service;

import com.niasotac.pricing.service.ProductsToPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The catalog's side of pricing's port: a product found as the public detail finds it. */
@ApplicationScoped
public class CatalogProductsToPrice implements ProductsToPrice {

    @Inject
    ProductQueries queries;

    @Override
    public Optional<ProductToPrice> visible(String slugOrId) {
        return queries.detail(slugOrId, false)
                .map(ProductDetailRow::summary)
                .map(row -> new ProductToPrice(row.id(), row.categoryPath(), row.price()));
    }
}
