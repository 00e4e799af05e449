package com.niasotac.platform.openapi;

import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.web.RateLimited;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Run by the build when it generates the OpenAPI document (smallrye-open-api-maven-plugin, {@code filter}):
 * adds what annotations cannot say once for all operations. Every operation gets the failure envelope as its
 * {@code 4XX}/{@code 5XX} answer; an operation whose method is {@link RolesAllowed} gets the bearer security
 * requirement and its 401/403, a {@link RateLimited} one its 429. Operation ids arrive as
 * {@code <class>_<method>} (strategy PACKAGE_CLASS_METHOD), are looked up by reflection, and leave shortened to
 * {@code <SimpleClass>_<method>}.
 */
public class EnvelopeDocumentation implements OASFilter {

    static final String ERROR_SCHEMA = "ErrorEnvelope";
    static final String SECURITY_SCHEME = "bearer";
    static final String ENVELOPE_REF = "#/components/schemas/Envelope";

    /** Codes beyond the generic ones, raised by particular operations (see docs/api.md). */
    static final List<String> DOMAIN_CODES = List.of(
            "token_expired",
            "promotion_inactive",
            "promotion_exhausted",
            "promotion_not_applicable",
            "customer_limit_reached");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(ERROR_SCHEMA, errorEnvelope());
        openAPI.getInfo().description(openAPI.getInfo().getDescription() + "\n\n" + CONVENTIONS);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        Optional<Method> method = method(operation.getOperationId());
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                inEnvelope(response);
            }
        });
        operation.getResponses().addAPIResponse("4XX", failure("A refused request: the failure envelope"));
        operation.getResponses().addAPIResponse("5XX", failure("A server-side failure: the failure envelope"));
        method.flatMap(EnvelopeDocumentation::roles).ifPresent(roles -> {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
            operation.description(join(operation.getDescription(), "Requires a bearer token of: " + roles + "."));
            operation.getResponses().addAPIResponse("401", failure("not_authenticated: no, or an invalid, token"));
            operation.getResponses().addAPIResponse("403", failure("permission_denied: the role is missing"));
        });
        method.filter(m -> m.isAnnotationPresent(RateLimited.class))
                .ifPresent(
                        m -> operation.getResponses().addAPIResponse("429", failure("rate_limited, with Retry-After")));
        method.ifPresent(m -> operation.operationId(m.getDeclaringClass().getSimpleName() + "_" + m.getName()));
        return operation;
    }

    /**
     * A success declared with the schema of its {@code data} (a method returning {@code Response} or a merged
     * {@code JsonObject}) gets the envelope around it, as it is sent; {@code Envelope<T>} returns already have it.
     */
    private static void inEnvelope(APIResponse response) {
        if (response.getContent() == null) {
            return;
        }
        response.getContent().getMediaTypes().values().forEach(type -> {
            Schema data = type.getSchema();
            boolean declared =
                    data != null && (data.getRef() != null || data.getAllOf() != null || data.getType() != null);
            if (declared && (data.getRef() == null || !data.getRef().startsWith(ENVELOPE_REF))) {
                type.setSchema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .addProperty(
                                "success",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.BOOLEAN)
                                        .constValue(true))
                        .addProperty("data", data)
                        .addProperty(
                                "message",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .addType(Schema.SchemaType.NULL))
                        .addProperty("error", OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            }
        });
    }

    private static APIResponse failure(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema()
                                                .ref("#/components/schemas/" + ERROR_SCHEMA))));
    }

    private static Schema errorEnvelope() {
        List<Object> codes = Arrays.stream(ErrorCode.values())
                .map(ErrorCode::code)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList<Object>::new));
        codes.addAll(DOMAIN_CODES);
        Schema fields = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addType(Schema.SchemaType.NULL)
                .description("For bad input: the messages of each offending field (snake_case names)")
                .additionalPropertiesSchema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        Schema error = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty(
                        "code",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(codes)
                                .description("Stable machine code"))
                .addProperty("fields", fields)
                .required(List.of("code"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Every failure's body")
                .properties(Map.of(
                        "success",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.BOOLEAN)
                                        .constValue(false),
                        "data", OASFactory.createSchema().addType(Schema.SchemaType.NULL),
                        "message", OASFactory.createSchema().addType(Schema.SchemaType.STRING),
                        "error", error))
                .required(List.of("success", "data", "message", "error"));
    }

    private static Optional<String> roles(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return Optional.ofNullable(allowed).map(roles -> String.join(" or ", roles.value()));
    }

    /** The resource method of a {@code com.example.Resource_method} operation id, if there is exactly one. */
    static Optional<Method> method(String operationId) {
        if (operationId == null || !operationId.contains("_")) {
            return Optional.empty();
        }
        int separator = operationId.indexOf('_');
        try {
            Class<?> type = Class.forName(
                    operationId.substring(0, separator), false, EnvelopeDocumentation.class.getClassLoader());
            String name = operationId.substring(separator + 1);
            List<Method> found = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name))
                    .toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + "\n\n" + second;
    }

    static final String CONVENTIONS =
            """
            ## Conventions
            - **Envelope.** Every body is `{"success", "data", "message", "error"}`: `data` on success; on failure \
            `data` is null, `message` a sentence and `error` `{"code", "fields"}` (the `ErrorEnvelope` schema). \
            `error.code` is stable: `validation_error` and `bad_request` (400), `not_authenticated` (401), \
            `permission_denied` (403), `not_found` (404), `method_not_allowed` (405), `not_acceptable` (406), \
            `conflict` (409), `payload_too_large` (413), `unsupported_media_type` (415), `rate_limited` (429, with \
            `Retry-After`), `internal_error` (500), `service_unavailable` (503), and a few of particular operations \
            (`token_expired`, `promotion_inactive`, `promotion_exhausted`, `promotion_not_applicable`, \
            `customer_limit_reached`).
            - **Lists** are `data: {"count", "next", "previous", "results"}`; `page` (from 1) and `page_size` (20, at \
            most 100); a page past the end is a 404. `ordering` takes the listed fields, `-` for descending.
            - **Money** is a string with two decimals (`"450000.00"`, FCFA); **timestamps** ISO 8601 in UTC.
            - **Slugs or ids**: every `{slug}` also accepts the numeric id. Every path answers with and without \
            a trailing slash.
            - **Authentication**: `POST /api/token` gives an access token; send it as `Authorization: Bearer …`. \
            Staff operations say so below.
            """;
}
