package com.niasotac.catalog.scoring;

import java.math.BigDecimal;

/** A product's two scores (0.00–100.00) and whether it is featured and recommended. */
public record Scores(BigDecimal featuredScore, BigDecimal recommendationScore, boolean featured, boolean recommended) {}
