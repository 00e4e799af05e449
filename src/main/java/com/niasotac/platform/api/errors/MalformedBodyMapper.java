package com.niasotac.platform.api.errors;

import com.niasotac.platform.api.ErrorBody;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.ErrorResponses;
import com.niasotac.platform.json.StrictTypes;
import com.niasotac.platform.web.RequestSizeFilter;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body JSON-B could not read: broken JSON, a wrong type, an unknown enum constant. A 400 that
 * names the offending field when the parser said which one.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    // Yasson names the property it failed on, e.g. "Unable to deserialize property 'quantity' because of: ..."
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

    @Override
    public Response toResponse(ProcessingException e) {
        if (Causes.find(e, RequestSizeFilter.BodyTooLargeException.class).isPresent()) {
            return ErrorResponses.of(ErrorCode.PAYLOAD_TOO_LARGE, RequestSizeFilter.TOO_LARGE_MESSAGE);
        }
        Optional<String> field = offendingField(e);
        if (field.isPresent()) {
            String problem = wrongTypeMessage(e).orElse("has an invalid value or type");
            return ErrorResponses.builder(
                            400,
                            ErrorBody.of(ErrorCode.VALIDATION_ERROR, Map.of(field.get(), List.of(problem))),
                            "The request body has a value of the wrong type.")
                    .build();
        }
        return ErrorResponses.of(ErrorCode.BAD_REQUEST, "The request body is not valid JSON.");
    }

    /** Only our own strict-type messages reach the client; the parser's may name Java classes. */
    private static Optional<String> wrongTypeMessage(Throwable error) {
        return Causes.find(error, StrictTypes.WrongType.class).map(Throwable::getMessage);
    }

    static Optional<String> offendingField(Throwable error) {
        String found = null;
        for (Throwable t : Causes.chain(error)) {
            Matcher matcher = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (matcher.find()) {
                found = matcher.group(1); // the innermost property is the most precise
            }
        }
        return Optional.ofNullable(found);
    }
}
