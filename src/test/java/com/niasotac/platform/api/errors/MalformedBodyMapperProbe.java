package com.niasotac.platform.api.errors;

import java.util.Optional;

/** Gives tests in other packages the mapper's field extraction. */
public final class MalformedBodyMapperProbe {

    private MalformedBodyMapperProbe() {}

    public static Optional<String> offendingField(Throwable error) {
        return MalformedBodyMapper.offendingField(error);
    }
}
