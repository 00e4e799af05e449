package com.niasotac.auth.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles as their lower-case labels, as the schema's CHECK constraint expects. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.label();
    }

    @Override
    public Role convertToEntityAttribute(String label) {
        return label == null
                ? null
                : Role.parse(label).orElseThrow(() -> new IllegalStateException("unknown role " + label));
    }
}
