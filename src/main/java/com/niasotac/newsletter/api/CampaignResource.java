package com.niasotac.newsletter.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.newsletter.domain.CampaignStatus;
import com.niasotac.newsletter.service.CampaignFilter;
import com.niasotac.newsletter.service.CampaignRequest;
import com.niasotac.newsletter.service.CampaignResponse;
import com.niasotac.newsletter.service.CampaignService;
import com.niasotac.newsletter.service.TemplateService;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.PathIds;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff: campaigns, their actions (schedule, send_now, cancel) and their send logs. */
@Path("api/v1/newsletter/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
@Tag(name = "Newsletter")
public class CampaignResource {

    static final Set<String> STATUSES =
            Arrays.stream(CampaignStatus.values()).map(CampaignStatus::label).collect(Collectors.toUnmodifiableSet());
    static final Set<String> LOG_STATUSES = Set.of("queued", "sending", "sent", "failed");

    public record Schedule(@NotNull Instant scheduledAt) {}

    @Inject
    CampaignService campaigns;

    @Inject
    TemplateService templates;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "Campaigns, filtered by status, name, template (slug or id), scheduled_after, scheduled_before, "
                    + "created_after and created_before")
    public Envelope<Page<CampaignResponse>> list() {
        QueryParams q = QueryParams.of(uri);
        CampaignFilter filter = new CampaignFilter(
                q.oneOf("status", STATUSES),
                q.text("name"),
                q.text("template").map(template -> templates
                        .idOf(template)
                        .orElseThrow(() -> ApiException.invalidField("template", "no template has this slug or id"))),
                q.instant("scheduled_after"),
                q.instant("scheduled_before"),
                q.instant("created_after"),
                q.instant("created_before"));
        PageRequest page = PagingParams.page(uri);
        Ordering ordering = PagingParams.ordering(
                q.text("ordering").orElse(null), CampaignService.ORDERING, CampaignService.DEFAULT_ORDERING);
        CampaignService.CampaignList found = campaigns.list(filter, page, ordering);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign")
    public Envelope<CampaignResponse> get(@PathParam("id") String id) {
        return Envelope.ok(campaigns.get(PathIds.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a campaign (a draft, or scheduled when scheduled_at is given)")
    @APIResponse(
            responseCode = "201",
            description = "The campaign created",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    public Response create(CampaignRequest body) {
        CampaignResponse created = campaigns.create(validator.valid(body));
        return Created.at(uri, "api/v1/newsletter/campaigns/{id}", created.id(), created, "Campaign created.");
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft or scheduled campaign (409 otherwise)")
    public Envelope<CampaignResponse> replace(@PathParam("id") String id, CampaignRequest body) {
        return Envelope.ok(campaigns.update(PathIds.parse(id), validator.valid(body)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of a draft or scheduled campaign (409 otherwise)")
    public Envelope<CampaignResponse> update(
            @PathParam("id") String id,
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = CampaignRequest.class)))
                    JsonObject body) {
        long campaignId = PathIds.parse(id);
        CampaignRequest merged = JsonPatches.merge(campaigns.asRequest(campaignId), body, CampaignRequest.class);
        return Envelope.ok(campaigns.update(campaignId, validator.valid(merged)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft or cancelled campaign (409 otherwise)")
    public Envelope<Void> delete(@PathParam("id") String id) {
        campaigns.delete(PathIds.parse(id));
        return Envelope.ok(null, "Campaign deleted.");
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a draft (or move a scheduled campaign) to scheduled_at")
    public Envelope<CampaignResponse> schedule(@PathParam("id") String id, Schedule body) {
        validator.valid(body);
        return Envelope.ok(campaigns.schedule(PathIds.parse(id), body.scheduledAt()));
    }

    @POST
    @Path("{id}/send_now")
    @Operation(summary = "Start sending a draft or scheduled campaign now")
    public Envelope<CampaignResponse> sendNow(@PathParam("id") String id) {
        return Envelope.ok(campaigns.sendNow(PathIds.parse(id)));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a campaign that is not sent yet (sending stops after the current mail)")
    public Envelope<CampaignResponse> cancel(@PathParam("id") String id) {
        return Envelope.ok(campaigns.cancel(PathIds.parse(id)));
    }

    @GET
    @Path("{id}/logs")
    @Operation(summary = "One row per recipient: queued, sending, sent or failed (with the error)")
    public Envelope<Page<CampaignResponse.Log>> logs(@PathParam("id") String id) {
        Optional<String> status = QueryParams.of(uri).oneOf("status", LOG_STATUSES);
        PageRequest page = PagingParams.page(uri);
        CampaignService.LogList found = campaigns.logs(PathIds.parse(id), status, page);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }
}
