package com.niasotac.platform.media;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;
import java.util.Map;

/** The media store could not do its job; the client may retry later. */
public class MediaStorageException extends ApiException {

    public MediaStorageException(String message, Throwable cause) {
        super(
                ErrorCode.SERVICE_UNAVAILABLE,
                ErrorCode.SERVICE_UNAVAILABLE.code(),
                "Media storage is unavailable; try again later.",
                Map.of());
        initCause(cause);
        addSuppressed(new IllegalStateException(message));
    }
}
