package com.niasotac.auth.api;

import com.niasotac.auth.service.TokenPair;
import com.niasotac.auth.service.TokenService;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.ratelimit.RateLimiter;
import com.niasotac.platform.web.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/token}, {@code POST /api/token/refresh} and {@code POST /api/token/revoke}. */
@Path("api/token")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class TokenResource {

    static final String BAD_CREDENTIALS = "No active account found with the given credentials.";
    static final String BAD_REFRESH = "The refresh token is invalid, expired or already used.";

    @Inject
    TokenService tokens;

    @Inject
    RequestValidator validator;

    @Inject
    RateLimiter limiter;

    @POST
    @RateLimited("token_obtain")
    @Operation(summary = "Exchange a username and password for an access and a refresh token")
    public Envelope<TokenPair> obtain(TokenRequests.Obtain body) {
        validator.valid(body);
        // Per account as well as per client: guessing one password from many addresses is slowed too.
        limiter.check("token_obtain_username", body.username().strip().toLowerCase(Locale.ROOT));
        return Envelope.ok(orUnauthenticated(tokens.obtain(body.username(), body.password()), BAD_CREDENTIALS));
    }

    @POST
    @Path("refresh")
    @RateLimited("token_refresh")
    @Operation(summary = "Exchange a refresh token (once) for a new pair")
    public Envelope<TokenPair> refresh(TokenRequests.Refresh body) {
        validator.valid(body);
        return Envelope.ok(orUnauthenticated(tokens.refresh(body.refresh()), BAD_REFRESH));
    }

    @POST
    @Path("revoke")
    @RateLimited("token_refresh")
    @Operation(
            summary = "Sign out: end the sign-in of this refresh token (its refresh and access tokens stop working);"
                    + " the same answer whether the token was valid or not")
    public Envelope<Void> revoke(TokenRequests.Refresh body) {
        validator.valid(body);
        tokens.revoke(body.refresh());
        return Envelope.ok(null, "Signed out.");
    }

    private static TokenPair orUnauthenticated(Optional<TokenPair> pair, String message) {
        return pair.orElseThrow(() -> new ApiException(ErrorCode.NOT_AUTHENTICATED, message));
    }
}
