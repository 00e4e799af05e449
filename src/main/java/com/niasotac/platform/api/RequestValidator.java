package com.niasotac.platform.api;

import com.niasotac.platform.json.StrictTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request body's Bean Validation constraints and turns violations into a 400
 * {@code validation_error} whose {@code fields} use the JSON (snake_case) names.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    public <T> T valid(T body) {
        if (body == null) {
            throw new ApiException(
                    ErrorCode.VALIDATION_ERROR,
                    ErrorCode.VALIDATION_ERROR.code(),
                    "A JSON request body is required.",
                    Map.of("body", List.of("is required")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        Map<String, List<String>> problems = new LinkedHashMap<>(fields(violations));
        withNul(body, "body", problems, 0);
        if (!problems.isEmpty()) {
            throw new ApiException(
                    ErrorCode.VALIDATION_ERROR,
                    ErrorCode.VALIDATION_ERROR.code(),
                    ErrorCode.VALIDATION_ERROR.defaultMessage(),
                    problems);
        }
        return body;
    }

    /**
     * Text holding U+0000, anywhere in a request record (lists and nested records included), whatever way it
     * arrived (JSON, a multipart field): PostgreSQL cannot store it, so it is refused here, naming the field.
     */
    private static void withNul(Object value, String field, Map<String, List<String>> problems, int depth) {
        if (value instanceof String text && text.indexOf('\0') >= 0) {
            problems.computeIfAbsent(field, f -> new ArrayList<>()).add(StrictTypes.NUL_MESSAGE);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> withNul(item, field, problems, depth + 1));
        } else if (value instanceof Record record && depth < MAX_DEPTH) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    withNul(
                            component.getAccessor().invoke(record),
                            Names.snakeCase(component.getName()),
                            problems,
                            depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("A record's accessor cannot be called: " + component, e);
                }
            }
        }
    }

    private static final int MAX_DEPTH = 8;

    static Map<String, List<String>> fields(Set<? extends ConstraintViolation<?>> violations) {
        // Sets drop the duplicate a record component's constraint yields on both field and accessor.
        Map<String, Set<String>> byField = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath()
                        .toString()
                        .compareTo(b.getPropertyPath().toString()))
                .forEach(v -> byField.computeIfAbsent(fieldName(v.getPropertyPath()), k -> new LinkedHashSet<>())
                        .add(v.getMessage()));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        byField.forEach((field, messages) -> fields.put(field, new ArrayList<>(messages)));
        return fields;
    }

    private static String fieldName(Path path) {
        String last = "body";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return Names.snakeCase(last);
    }
}
