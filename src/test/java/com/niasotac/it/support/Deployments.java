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

    /** The built WAR plus a resource that fails on purpose (see {@link FailingResource}). */
    public static WebArchive application() {
        return builtWar("ROOT.war").addClass(FailingResource.class);
    }
}
