package com.niasotac.catalog.product.service;

import java.util.Optional;

/** Who customers write to on WhatsApp: the company's name and number from the site settings. */
public interface ShopContact {

    record Contact(String companyName, String whatsappNumber) {}

    /** Empty when the settings have no WhatsApp number: products then show no link. */
    Optional<Contact> current();
}
