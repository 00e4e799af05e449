package com.niasotac.newsletter.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.newsletter.domain.EmailAddresses;
import com.niasotac.newsletter.service.SubscriberFilter;
import com.niasotac.newsletter.service.SubscriberResponses;
import com.niasotac.newsletter.service.SubscriberService;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.BulkResult;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.PathIds;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.ratelimit.RateLimiter;
import com.niasotac.platform.web.RateLimited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscribing, confirming and unsubscribing (anyone, by token), and the staff's subscriber list. */
@Path("api/v1/newsletter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletter")
public class NewsletterResource {

    static final String GENERIC_ANSWER =
            "Thank you. If this address still needs confirming, a confirmation e-mail is on its way.";

    /** Where a subscriber came from, and their tags: the shapes both the sign-up and staff's edit accept. */
    static final String SOURCE = "[A-Za-z0-9_.-]*";

    static final String SOURCE_MESSAGE = "may contain only letters, digits, _ . -";
    static final String TAG = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";
    static final String TAG_MESSAGE = "is not a valid tag";

    public record Subscribe(
            @NotBlank @Size(max = 254) String email,
            @Size(max = 120) String name,
            @Size(max = 60) @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String source,
            @Size(max = 10) List<@NotNull @Pattern(regexp = TAG, message = TAG_MESSAGE) String> tags) {}

    public record TokenBody(@NotBlank @Size(max = 100) String token) {}

    @Schema(name = "SubscriberBulk")
    public record Bulk(@NotNull String action, @NotEmpty @Size(max = 1000) List<@NotNull Long> ids) {}

    /** PATCH of one subscriber: the fields given change, the others keep their value. */
    public record SubscriberPatch(
            @Size(max = 120) String name,
            @Size(max = 60) @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String source,
            @Size(max = 10) List<@NotNull @Pattern(regexp = TAG, message = TAG_MESSAGE) String> tags,
            Boolean confirmed,
            Boolean subscribed) {}

    @Inject
    SubscriberService subscribers;

    @Inject
    RequestValidator validator;

    @Inject
    RateLimiter limiter;

    @Context
    UriInfo uri;

    @POST
    @Path("subscribers")
    @RateLimited("newsletter_subscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe (double opt-in): 202 and the same answer whatever the address's state")
    @APIResponse(
            responseCode = "202",
            description = "Accepted, with the same message whatever the address's state",
            content = @Content(schema = @Schema(ref = "EnvelopeVoid")))
    public Response subscribe(Subscribe body) {
        validator.valid(body);
        String email = EmailAddresses.normalise(body.email())
                .orElseThrow(() -> ApiException.invalidField("email", "is not a valid e-mail address"));
        limiter.check("newsletter_subscribe_address", email.toLowerCase(Locale.ROOT));
        List<String> tags = body.tags() == null
                ? List.of()
                : body.tags().stream()
                        .map(tag -> tag.toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        String name = body.name() == null || body.name().isBlank()
                ? null
                : body.name().strip();
        subscribers.subscribe(email, name, body.source(), tags);
        return Response.accepted(Envelope.ok(null, GENERIC_ANSWER)).build();
    }

    @POST
    @Path("confirm")
    @RateLimited("newsletter_token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm an address with the token from the confirmation mail")
    public Envelope<SubscriberResponses.Status> confirm(TokenBody body) {
        validator.valid(body);
        return Envelope.ok(subscribers.confirm(body.token()));
    }

    @POST
    @Path("subscribers/confirm")
    @RateLimited("newsletter_token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same as /newsletter/confirm, under the path the shop's frontend calls")
    public Envelope<SubscriberResponses.Status> confirmSubscription(TokenBody body) {
        return confirm(body);
    }

    @POST
    @Path("unsubscribe")
    @RateLimited("newsletter_token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unsubscribe with the subscriber's own token (carried by every mail)")
    public Envelope<SubscriberResponses.Status> unsubscribe(TokenBody body) {
        validator.valid(body);
        return Envelope.ok(subscribers.unsubscribe(body.token()));
    }

    /**
     * RFC 8058 one-click: the mail client POSTs {@code List-Unsubscribe=One-Click} to the header's URL. Not
     * rate limited: those POSTs come from a few providers' addresses on behalf of many people.
     */
    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "One-click unsubscribe from a mail client (List-Unsubscribe-Post), token in the query")
    public Envelope<SubscriberResponses.Status> oneClickUnsubscribe(
            @QueryParam("token") String token, @FormParam("List-Unsubscribe") String oneClick) {
        validator.valid(new TokenBody(token));
        return Envelope.ok(subscribers.unsubscribe(token));
    }

    @GET
    @Path("subscribers")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Subscribers, filtered by confirmed, subscribed, source, tag and search")
    public Envelope<Page<SubscriberResponses.Subscriber>> list() {
        QueryParams q = QueryParams.of(uri);
        SubscriberFilter filter = new SubscriberFilter(
                q.bool("confirmed"),
                q.bool("subscribed"),
                q.text("source"),
                q.text("tag"),
                q.text("search"),
                q.text("email"),
                q.text("name"));
        PageRequest page = PagingParams.page(uri);
        Ordering ordering = PagingParams.ordering(
                q.text("ordering").orElse(null), SubscriberService.ORDERING, SubscriberService.DEFAULT_ORDERING);
        SubscriberService.SubscriberList found = subscribers.list(filter, page, ordering);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }

    @GET
    @Path("subscribers/{id: [0-9]+}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "One subscriber")
    public Envelope<SubscriberResponses.Subscriber> subscriber(@PathParam("id") String id) {
        return Envelope.ok(subscribers.get(PathIds.parse(id)));
    }

    @PATCH
    @Path("subscribers/{id: [0-9]+}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a subscriber's name, source, tags, confirmed or subscribed")
    public Envelope<SubscriberResponses.Subscriber> change(@PathParam("id") String id, SubscriberPatch body) {
        validator.valid(body);
        List<String> tags = body.tags() == null
                ? null
                : body.tags().stream()
                        .map(tag -> tag.toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        return Envelope.ok(subscribers.update(
                PathIds.parse(id),
                new SubscriberService.Change(
                        java.util.Optional.ofNullable(body.name()),
                        java.util.Optional.ofNullable(body.source()),
                        java.util.Optional.ofNullable(tags),
                        java.util.Optional.ofNullable(body.confirmed()),
                        java.util.Optional.ofNullable(body.subscribed()))));
    }

    @DELETE
    @Path("subscribers/{id: [0-9]+}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Erase a subscriber (right to be forgotten): the address goes, sent mails stay counted")
    public Envelope<Void> erase(@PathParam("id") String id) {
        subscribers.erase(PathIds.parse(id));
        return Envelope.ok(null, "Subscriber erased.");
    }

    @POST
    @Path("subscribers/bulk")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "mark_confirmed, mark_unconfirmed, unsubscribe or resubscribe many subscribers")
    public Envelope<BulkResult> bulk(Bulk body) {
        validator.valid(body);
        return Envelope.ok(new BulkResult(body.action(), subscribers.bulk(body.action(), body.ids())));
    }
}
