package com.niasotac.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Metrics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Prometheus scrape on the management port: the API's requests by route, and the server's pools. */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void requestsAreCountedByRouteTemplateAndStatus() {
        for (int i = 0; i < 3; i++) {
            Api.get("/api/v1/products/no-such-product-" + i);
        }
        Api.get("/api/v1/categories");

        String scrape = Metrics.scrape();
        String ours = Metrics.lines(scrape, "niasotac_");

        assertThat(Metrics.value(
                        scrape,
                        "niasotac_http_requests_total",
                        "method=\"GET\"",
                        "route=\"/api/v1/products/{slug}\"",
                        "status=\"404\""))
                .as(ours)
                .isGreaterThanOrEqualTo(3);
        assertThat(Metrics.value(
                        scrape, "niasotac_http_requests_total", "route=\"/api/v1/categories\"", "status=\"200\""))
                .as(ours)
                .isGreaterThanOrEqualTo(1);
        assertThat(Metrics.value(scrape, "niasotac_http_request_seconds_total", "route=\"/api/v1/products/{slug}\""))
                .as(ours)
                .isPositive();
        assertThat(scrape).doesNotContain("no-such-product-");
    }

    @Test
    void publicCacheHitsAndMissesAreCounted() {
        String list = "/api/v1/products?page_size=7&search=metrics-" + System.nanoTime();
        double hitsBefore = Metrics.value(Metrics.scrape(), "niasotac_public_cache_lookups_total", "result=\"hit\"");
        double missesBefore = Metrics.value(Metrics.scrape(), "niasotac_public_cache_lookups_total", "result=\"miss\"");

        Api.get(list);
        Api.get(list);

        String scrape = Metrics.scrape();
        assertThat(Metrics.value(scrape, "niasotac_public_cache_lookups_total", "result=\"miss\""))
                .isGreaterThanOrEqualTo(missesBefore + 1);
        assertThat(Metrics.value(scrape, "niasotac_public_cache_lookups_total", "result=\"hit\""))
                .isGreaterThanOrEqualTo(hitsBefore + 1);
    }

    @Test
    void theServerPublishesItsDatabasePoolAndServletStatistics() {
        Api.get("/api/v1/categories");

        String scrape = Metrics.scrape();

        assertThat(scrape).containsPattern("(?m)^datasources_pool_\\w+\\{[^}]*name=\"niasotac\"");
        assertThat(scrape).containsPattern("(?m)^undertow_request_count\\w*\\{");
    }
}
