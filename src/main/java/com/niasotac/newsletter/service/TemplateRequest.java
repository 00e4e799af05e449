package com.niasotac.newsletter.service;

import com.niasotac.platform.text.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of POST and PUT (and, merged with the current state, PATCH) on newsletter templates. */
public record TemplateRequest(
        @NotBlank @Size(max = 150) @Pattern(regexp = Slugs.NAMEABLE, message = Slugs.NAMEABLE_MESSAGE) String name,
        @Size(max = 170) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE) String slug,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 100_000) String plainContent,
        @Size(max = 200_000) String htmlContent,
        @Size(max = 254) String defaultFrom,
        Boolean isActive) {}
