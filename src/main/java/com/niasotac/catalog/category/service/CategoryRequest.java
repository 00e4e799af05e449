package com.niasotac.catalog.category.service;

import com.niasotac.platform.text.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of POST and PUT (and, merged with the current state, PATCH) on categories. {@code aliases} are other
 * slugs the category answers to (none when absent).
 */
public record CategoryRequest(
        @NotBlank @Size(max = 120) @Pattern(regexp = Slugs.NAMEABLE, message = Slugs.NAMEABLE_MESSAGE) String name,
        @Size(max = 140) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE) String slug,
        @Positive Long parent,
        Boolean isMainCategory,
        @Size(max = 10)
                List<@NotNull @Size(max = 140) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE) String>
                        aliases) {}
