package com.niasotac.pricing.service;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The port through which pricing learns of a product it is asked to price, without knowing the catalog: the
 * catalog implements it.
 */
public interface ProductsToPrice {

    /** What the promotions' rules need of a product: its id, its place in the tree ({@code /1/7/12/}), its price. */
    record ProductToPrice(long id, String categoryPath, BigDecimal price) {}

    /** The product of this slug or id as any visitor may see it (active only). */
    Optional<ProductToPrice> visible(String slugOrId);
}
