package com.niasotac.newsletter.mail;

/** The shop's name as people know it, for the pages and mails of the newsletter (the site settings keep it). */
public interface ShopIdentity {

    String name();
}
