package com.niasotac.site.api;

import com.niasotac.platform.text.Slugs;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the site endpoints (PUT; PATCH merges into the current state, then the same checks). */
public final class SiteRequests {

    private SiteRequests() {}

    /** {@code socialLinkIds}: the links the settings show (absent: the current choice stays). */
    @Schema(name = "SiteSettingsRequest")
    public record Settings(
            @NotBlank @Size(max = 150) String companyName,
            @Size(max = 2000) String companyDescription,
            @NotBlank
                    @Pattern(
                            regexp = "[0-9]{8,15}",
                            message = "must be 8 to 15 digits, country code first (e.g. 2290197000000)")
                    String whatsappNumber,
            @NotBlank @Email @Size(max = 254) String contactEmail,
            @NotBlank @Pattern(regexp = "[+0-9 ().-]{6,30}", message = "must be a phone number") String contactPhone,
            @NotBlank @Size(max = 300) String contactAddress,
            @Size(max = 50) List<@NotNull Long> socialLinkIds) {}

    @Schema(name = "ServiceRequest")
    public record Service(
            @NotBlank @Size(max = 150) @Pattern(regexp = Slugs.NAMEABLE, message = Slugs.NAMEABLE_MESSAGE) String title,
            @Size(max = 170) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE) String slug,
            @Size(max = 5000) String description,
            @Size(max = 500) String imageUrl,
            @PositiveOrZero @Max(10_000) Integer order,
            Boolean isActive,
            @Size(max = 500) String externalLink) {}

    /** {@code isShown}: whether the settings show it (absent: shown when created, unchanged when edited). */
    @Schema(name = "SocialLinkRequest")
    public record SocialLink(
            @NotNull
                    @Pattern(
                            regexp = "Facebook|Twitter|Instagram|Linkedin|Youtube|Tiktok|Whatsapp",
                            message =
                                    "must be one of Facebook, Twitter, Instagram, Linkedin, Youtube, Tiktok, Whatsapp")
                    String name,
            @NotBlank @Size(max = 500) String url,
            Boolean isShown) {}
}
