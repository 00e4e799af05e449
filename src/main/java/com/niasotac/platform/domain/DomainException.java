package com.niasotac.platform.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A business rule's refusal, said in the domain's words: services throw one of its kinds and know nothing of
 * HTTP; {@code DomainExceptionMapper} in {@code platform/api} gives each kind its status and envelope.
 */
public abstract sealed class DomainException extends RuntimeException permits NotFound, Conflict, RuleViolation {

    private final String code;
    private final transient Map<String, List<String>> fields;

    DomainException(String code, String message, Map<String, List<String>> fields) {
        super(message, null, false, false);
        this.code = code;
        this.fields = Map.copyOf(fields);
    }

    /** The contract's code for this particular refusal ({@code promotion_exhausted}), when the kind's is not enough. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** Messages per input field, empty when the refusal names none. */
    public Map<String, List<String>> fields() {
        return fields;
    }
}
