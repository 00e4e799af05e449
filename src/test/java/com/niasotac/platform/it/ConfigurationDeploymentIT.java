package com.niasotac.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deployment whose SECRET_KEY is too short must not start. The built WAR is deployed again under another
 * context root with a config source of the highest ordinal that overrides the server's good SECRET_KEY.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationDeploymentIT {

    static final String SHORT_SECRET = "short-secret";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = SHORT_SECRET, managed = false, testable = false)
    static WebArchive withShortSecret() {
        return Deployments.builtWar("short-secret.war")
                .addAsResource(
                        new StringAsset("config_ordinal=1000\nSECRET_KEY=only-twenty-chars-ok\n"),
                        "META-INF/microprofile-config.properties")
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><context-root>/short-secret</context-root></jboss-web>"),
                        "jboss-web.xml");
    }

    @Test
    void aShortSecretKeyPreventsDeploymentWithAMessageNamingIt() {
        try {
            assertThatThrownBy(() -> deployer.deploy(SHORT_SECRET))
                    .hasStackTraceContaining("SECRET_KEY is too short: 20 characters");
            assertThat(Api.get("/short-secret/healthz").status()).isNotEqualTo(200);
        } finally {
            try {
                deployer.undeploy(SHORT_SECRET);
            } catch (RuntimeException alreadyGone) {
                // a failed deployment is usually rolled back already
            }
        }
    }
}
