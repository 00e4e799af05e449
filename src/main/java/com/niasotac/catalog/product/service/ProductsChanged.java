package com.niasotac.catalog.product.service;

import java.util.List;

/** Fired when products were created or changed; observers act after the transaction commits. */
public record ProductsChanged(List<Long> productIds) {}
