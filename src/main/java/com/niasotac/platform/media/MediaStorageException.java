package com.niasotac.platform.media;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The media store could not do its job: a 503 for the client, the details in the log. */
public class MediaStorageException extends ApiException {

    private static final Logger LOG = Logger.getLogger(MediaStorageException.class.getName());

    public MediaStorageException(String what, Throwable cause) {
        super(
                ErrorCode.SERVICE_UNAVAILABLE,
                ErrorCode.SERVICE_UNAVAILABLE.code(),
                "Media storage is unavailable; try again later.",
                Map.of(),
                cause);
        LOG.log(Level.SEVERE, "Media storage failed: " + what, cause);
    }
}
