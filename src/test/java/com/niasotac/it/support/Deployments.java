package com.niasotac.it.support;

import com.niasotac.platform.config.RateLimitSettings;
import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test is the one the build produced (target/ROOT.war), not a hand-picked set of classes. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive builtWar(String name) {
        return ShrinkWrap.create(ZipImporter.class, name)
                .importFrom(new File(System.getProperty("it.war")))
                .as(WebArchive.class);
    }

    /**
     * The built WAR plus the tests' own support, in one archive, so that every class deploying it shares one
     * running application ({@link KeptDeployment}): a resource that fails on purpose ({@link FailingResource}),
     * {@link RequestStatementCounter} as Hibernate's statement inspector with {@link StatementCounterResource}
     * (for tests that count SQL statements per request), and {@link NewsletterDispatchResource} (to run
     * campaign dispatchers concurrently) and {@link ThumbnailBackfillResource} (to run the thumbnail backfill on
     * demand). Every test comes from 127.0.0.1, so the rate limits are lifted here;
     * {@link #withSettings} sets real ones.
     */
    public static WebArchive application() {
        WebArchive war = builtWar("ROOT.war")
                .addClasses(
                        FailingResource.class,
                        NewsletterDispatchResource.class,
                        ThumbnailBackfillResource.class,
                        StatementCounterResource.class,
                        RequestStatementCounter.class);
        String location = "WEB-INF/classes/META-INF/persistence.xml";
        String persistence;
        try (var in = war.get(location).getAsset().openStream()) {
            persistence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        war.delete(location);
        war.add(
                new StringAsset(persistence.replace(
                        "<properties>",
                        "<properties>\n      <property name=\"hibernate.session_factory.statement_inspector\" value=\""
                                + RequestStatementCounter.class.getName() + "\"/>")),
                location);
        return withConfig(war, liftedRateLimits());
    }

    /**
     * The application with these settings (rate limits not given are lifted). They travel in the WAR's
     * microprofile-config.properties, which the environment would override: the tests' environment sets none
     * of the settings given here ({@code RATE_LIMIT_*}, {@code STORAGE_BACKEND}, {@code S3_*}).
     */
    public static WebArchive withSettings(Map<String, String> settings) {
        Map<String, String> config = new TreeMap<>(liftedRateLimits());
        config.putAll(settings);
        return withConfig(builtWar("ROOT.war"), config);
    }

    private static Map<String, String> liftedRateLimits() {
        Map<String, String> lifted = new TreeMap<>();
        RateLimitSettings.DEFAULTS.keySet().forEach(name -> lifted.put(RateLimitSettings.variable(name), "1000000/1"));
        return lifted;
    }

    private static WebArchive withConfig(WebArchive war, Map<String, String> config) {
        StringBuilder properties = new StringBuilder();
        config.forEach((name, value) ->
                properties.append(name).append('=').append(value).append('\n'));
        return war.addAsResource(new StringAsset(properties.toString()), "META-INF/microprofile-config.properties");
    }
}
