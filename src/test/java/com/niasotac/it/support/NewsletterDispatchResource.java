package com.niasotac.it.support;

import com.niasotac.newsletter.service.CampaignDispatcher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Added to the tested WAR only: runs one campaign dispatch on demand, so tests can run several at once. */
@Path("api/v1/test-support/newsletter/dispatch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NewsletterDispatchResource {

    @Inject
    CampaignDispatcher dispatcher;

    @POST
    public Map<String, Integer> dispatch() {
        return Map.of("campaigns", dispatcher.dispatchDue());
    }
}
