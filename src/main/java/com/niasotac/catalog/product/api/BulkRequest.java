package com.niasotac.catalog.product.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /products/bulk}: one action over up to 500 products. */
public record BulkRequest(@NotNull String action, @NotEmpty @Size(max = 500) List<@NotNull Long> ids) {}
