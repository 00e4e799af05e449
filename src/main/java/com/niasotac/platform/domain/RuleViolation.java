package com.niasotac.platform.domain;

import java.util.List;
import java.util.Map;

/** The input breaks a rule: a field's value, or a state the contract names with a code ({@code token_expired}). */
public final class RuleViolation extends DomainException {

    private RuleViolation(String code, String message, Map<String, List<String>> fields) {
        super(code, message, fields);
    }

    /** {@code field}'s value is refused for {@code problem} ("must contain letters or digits"). */
    public static RuleViolation field(String field, String problem) {
        return new RuleViolation(null, "Invalid value for " + field + ".", Map.of(field, List.of(problem)));
    }

    public static RuleViolation coded(String code, String message) {
        return new RuleViolation(code, message, Map.of());
    }
}
