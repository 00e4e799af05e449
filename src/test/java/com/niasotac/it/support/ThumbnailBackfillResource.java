package com.niasotac.it.support;

import com.niasotac.catalog.product.service.ThumbnailBackfillTimer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;

/** Added to the tested WAR only: runs the thumbnail backfill now rather than at the next minute. */
@Path("api/v1/test-support/thumbnails/backfill")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThumbnailBackfillResource {

    @Inject
    ThumbnailBackfillTimer timer;

    @POST
    public Map<String, Integer> backfill() {
        ThumbnailBackfillTimer.Run run = timer.run(Duration.ofSeconds(60));
        return Map.of("made", run.made(), "failed", run.failed());
    }
}
