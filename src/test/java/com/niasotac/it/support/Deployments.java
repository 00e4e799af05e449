package com.niasotac.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
     * The application with Hibernate statistics switched on and {@link StatementCounterResource}, for tests
     * that count SQL statements per request.
     */
    public static WebArchive withStatementCounting() {
        WebArchive war = application().addClass(StatementCounterResource.class);
        String location = "WEB-INF/classes/META-INF/persistence.xml";
        String persistence;
        try (var in = war.get(location).getAsset().openStream()) {
            persistence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        war.delete(location);
        return war.add(
                new org.jboss.shrinkwrap.api.asset.StringAsset(persistence.replace(
                        "<properties>",
                        "<properties>\n      <property name=\"hibernate.generate_statistics\" value=\"true\"/>")),
                location);
    }

    /** The application and {@link NewsletterDispatchResource}, to run campaign dispatchers concurrently. */
    public static WebArchive withNewsletterDispatch() {
        return application().addClass(NewsletterDispatchResource.class);
    }

    /** The built WAR plus a resource that fails on purpose (see {@link FailingResource}). */
    public static WebArchive application() {
        return builtWar("ROOT.war").addClass(FailingResource.class);
    }
}
