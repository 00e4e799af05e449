package com.niasotac.newsletter.template;

import java.util.Optional;

/** The filters of {@code GET /newsletter/templates}; the texts match a part, ignoring case and accents. */
public record TemplateFilter(
        Optional<String> search, Optional<String> name, Optional<String> subject, Optional<Boolean> isActive) {}
