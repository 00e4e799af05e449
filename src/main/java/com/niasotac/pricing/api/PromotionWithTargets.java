package com.niasotac.pricing.api;

import com.niasotac.pricing.service.PromotionResponses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of one promotion as get, create, replace and update answer it: its fields and its targets
 * in one object (the resource merges the two records), declared once for the four operations.
 */
@Schema(
        name = "PromotionWithTargets",
        allOf = {PromotionResponses.Item.class, PromotionResponses.Targets.class})
interface PromotionWithTargets {}
