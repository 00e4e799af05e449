package com.niasotac.auth.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.auth.service.AuthenticatedUser;
import com.niasotac.auth.service.CreateUserRequest;
import com.niasotac.auth.service.UpdateUserRequest;
import com.niasotac.auth.service.UserResponse;
import com.niasotac.auth.service.UserService;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.PathIds;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User management for admins, and {@code /me} for anyone signed in. */
@Path("api/v1/users")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@SecurityRequirement(name = "bearer")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Path("me")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "The signed-in user")
    public Envelope<UserResponse> me() {
        return Envelope.ok(users.get(currentUser().id()));
    }

    @GET
    @Operation(summary = "All users, paginated; filters search, ordering (username, created_at, last_login_at, role)")
    public Envelope<Page<UserResponse>> list(
            @QueryParam("search") String search, @QueryParam("ordering") String ordering) {
        PageRequest page = PagingParams.page(uri);
        Ordering order = PagingParams.ordering(ordering, UserService.ORDERING_FIELDS, UserService.DEFAULT_ORDERING);
        UserService.UserList found = users.list(page, search, order);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user")
    public Envelope<UserResponse> get(@PathParam("id") String id) {
        return Envelope.ok(users.get(PathIds.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff member or an admin")
    @APIResponse(
            responseCode = "201",
            description = "The user created",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public Response create(CreateUserRequest body) {
        UserResponse created = users.create(validator.valid(body));
        return Created.at(uri, "api/v1/users/{id}", created.id(), created, "User created.");
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's role, active flag or password")
    public Envelope<UserResponse> update(@PathParam("id") String id, UpdateUserRequest body) {
        return Envelope.ok(users.update(
                PathIds.parse(id), validator.valid(body), currentUser().id()));
    }

    private AuthenticatedUser currentUser() {
        return (AuthenticatedUser) security.getUserPrincipal();
    }
}
