package com.niasotac.platform.media;

import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** The media store {@code STORAGE_BACKEND} names: the local disk (default) or S3. */
@ApplicationScoped
public class MediaStorageProducer {

    private static final Logger LOG = Logger.getLogger(MediaStorageProducer.class.getName());

    @Inject
    Settings settings;

    @Produces
    @ApplicationScoped
    MediaStorage storage() {
        MediaStorage storage = settings.media()
                .s3()
                .<MediaStorage>map(S3MediaStorage::new)
                .orElseGet(() -> new LocalDiskStorage(settings.media().root()));
        LOG.info(() -> "Media stored in " + storage.kind() + ": "
                + settings.media()
                        .s3()
                        .map(Object::toString)
                        .orElse(settings.media().root().toString()));
        return storage;
    }

    void close(@Disposes MediaStorage storage) {
        storage.close();
    }
}
