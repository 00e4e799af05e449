package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.MediaFolder;
import com.niasotac.djangoimport.source.SourceDatabase;
import com.niasotac.platform.media.MediaStorage;
import java.util.ArrayList;
import java.util.List;

/** Every entity the importer carries over, in the order rows can be written (each after what it refers to). */
public final class Imports {

    private Imports() {}

    /** {@code variants}: whether product images get their variants now (else the application's backfill does). */
    public static List<EntityImport<?, ?>> of(
            SourceDatabase source, MediaFolder media, MediaStorage storage, boolean variants) {
        MediaWriter files = new MediaWriter(media, storage, variants);
        List<EntityImport<?, ?>> imports = new ArrayList<>(List.of(
                new UserImport(),
                new CategoryImport(),
                FileColumnImport.categoryIcons(files),
                new ProductImport(source.generation(), files),
                new ProductImageImport(files),
                new PromotionImport(source.dialect()),
                new TemplateImport(),
                new SubscriberImport(),
                new CampaignImport(source.dialect()),
                new CampaignLogImport(),
                new SiteSettingsImport(),
                new SocialLinkImport(),
                new ServiceImport(source.generation())));
        if (source.generation().original) {
            imports.add(FileColumnImport.serviceImages(files));
        }
        return List.copyOf(imports);
    }
}
