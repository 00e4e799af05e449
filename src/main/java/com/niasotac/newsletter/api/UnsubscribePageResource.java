package com.niasotac.newsletter.api;

import com.niasotac.newsletter.api.UnsubscribePage.State;
import com.niasotac.newsletter.mail.ShopIdentity;
import com.niasotac.newsletter.service.SubscriberService;
import com.niasotac.platform.web.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of every mail, for a person with a browser and no shop page: the GET shows one button
 * and never unsubscribes (mail scanners follow links), the button's POST does. Mail clients use the RFC 8058
 * one-click endpoint of {@link NewsletterResource} instead.
 */
@Path("newsletter/unsubscribe")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Newsletter")
public class UnsubscribePageResource {

    static final int MAX_TOKEN_LENGTH = 100;

    @Inject
    SubscriberService subscribers;

    @Inject
    ShopIdentity shop;

    @GET
    @Operation(summary = "The page of a mail's unsubscribe link (HTML, French): a button, nothing changed")
    public Response page(@QueryParam("token") String token) {
        if (!plausible(token)) {
            return page(State.INVALID_LINK, "");
        }
        return subscribers
                .subscribedByUnsubscribeToken(token)
                .map(subscribed -> page(subscribed ? State.ASK : State.ALREADY_DONE, token))
                .orElseGet(() -> page(State.INVALID_LINK, ""));
    }

    @POST
    @RateLimited("newsletter_token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The page's button: unsubscribes the address of the token (HTML answer)")
    public Response unsubscribe(@FormParam("token") String token) {
        boolean done = plausible(token) && subscribers.unsubscribeIfKnown(token);
        return page(done ? State.DONE : State.INVALID_LINK, "");
    }

    private Response page(State state, String token) {
        return Response.status(state == State.INVALID_LINK ? Response.Status.NOT_FOUND : Response.Status.OK)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(UnsubscribePage.render(state, shop.name(), token))
                .header("Content-Security-Policy", UnsubscribePage.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer") // the token is in the address
                .header("Cache-Control", "no-store")
                .build();
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN_LENGTH;
    }
}
