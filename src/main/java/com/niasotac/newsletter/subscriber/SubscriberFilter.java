package com.niasotac.newsletter.subscriber;

import java.util.Optional;

/** The staff list's filters. */
public record SubscriberFilter(
        Optional<Boolean> confirmed,
        Optional<Boolean> subscribed,
        Optional<String> source,
        Optional<String> tag,
        Optional<String> search,
        Optional<String> email,
        Optional<String> name) {}
