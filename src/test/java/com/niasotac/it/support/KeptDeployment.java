package com.niasotac.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;

/**
 * Arquillian deploys each test class's archive before the class and undeploys it after: some 15 to 20 seconds a
 * class here, most of the integration tests' time. A managed, client-side ({@code testable = false}) archive is
 * kept deployed after its class instead, and the next class whose archive has the same content (paths and bytes)
 * uses it as it is; an archive that differs replaces it, and the last one is undeployed before the server stops.
 * Classes still each set up their own data; what they share is the running application, as clients of one shop.
 */
public final class KeptDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    public static final class Keeper {

        /** Below Arquillian's context handlers, so the container's own state (its deployer) is at hand. */
        static final int INSIDE_THE_CONTAINER_CONTEXT = -1000;

        private DeployableContainer<?> container;
        private Archive<?> archive;
        private String content;

        public void deploy(@Observes(precedence = INSIDE_THE_CONTAINER_CONTEXT) EventContext<DeployDeployment> context)
                throws Exception {
            DeployDeployment event = context.getEvent();
            DeploymentDescription description = event.getDeployment().getDescription();
            if (!kept(description)) {
                context.proceed();
                return;
            }
            String next = fingerprint(description.getArchive());
            if (next.equals(content) && event.getDeployableContainer() == container) {
                return; // the same application is running: nothing to deploy, and so nothing to undeploy after
            }
            undeployKept();
            context.proceed();
            container = event.getDeployableContainer();
            archive = description.getArchive();
            content = next;
        }

        public void undeploy(
                @Observes(precedence = INSIDE_THE_CONTAINER_CONTEXT) EventContext<UnDeployDeployment> context) {
            DeploymentDescription description =
                    context.getEvent().getDeployment().getDescription();
            if (description.isArchiveDeployment() && description.getArchive() == archive) {
                return; // kept for the next class
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            if (event.getDeployableContainer() == container) {
                undeployKept();
            }
        }

        private void undeployKept() throws Exception {
            if (archive != null) {
                Archive<?> leaving = archive;
                archive = null;
                content = null;
                container.undeploy(leaving);
                container = null;
            }
        }

        private static boolean kept(DeploymentDescription description) {
            return description.managed() && description.isArchiveDeployment() && !description.testable();
        }

        /** The archive's name, paths and bytes. */
        static String fingerprint(Archive<?> archive) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(archive.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Map<String, Node> nodes = new TreeMap<>();
                for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
                    nodes.put(entry.getKey().get(), entry.getValue());
                }
                byte[] buffer = new byte[64 * 1024];
                for (Map.Entry<String, Node> node : nodes.entrySet()) {
                    digest.update(node.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (node.getValue().getAsset() == null) {
                        continue; // a directory
                    }
                    try (InputStream in = node.getValue().getAsset().openStream()) {
                        for (int read; (read = in.read(buffer)) > 0; ) {
                            digest.update(buffer, 0, read);
                        }
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
