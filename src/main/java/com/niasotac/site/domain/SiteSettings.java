package com.niasotac.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single settings row (its key is always true). */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    @Id
    private Boolean id = true;

    @Column(name = "company_name", nullable = false, length = 150)
    private String companyName;

    @Column(name = "company_description", columnDefinition = "text")
    private String companyDescription;

    @Column(name = "whatsapp_number", nullable = false, length = 15)
    private String whatsappNumber;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;

    @Column(name = "contact_address", nullable = false, length = 300)
    private String contactAddress;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SiteSettings() {}

    public void change(
            String newCompanyName,
            String newDescription,
            String newWhatsappNumber,
            String newEmail,
            String newPhone,
            String newAddress,
            Instant now) {
        this.companyName = newCompanyName;
        this.companyDescription = newDescription;
        this.whatsappNumber = newWhatsappNumber;
        this.contactEmail = newEmail;
        this.contactPhone = newPhone;
        this.contactAddress = newAddress;
        this.updatedAt = now;
    }

    public String companyName() {
        return companyName;
    }

    public String companyDescription() {
        return companyDescription;
    }

    public String whatsappNumber() {
        return whatsappNumber;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactAddress() {
        return contactAddress;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
