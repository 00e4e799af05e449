package com.niasotac.platform.cache;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link PublicCacheHitHandler} in front of this deployment's servlet chain (Undertow loads servlet
 * extensions listed in {@code META-INF/services} when it deploys the WAR).
 */
public class PublicCacheHitsExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> new PublicCacheHitHandler(next, context));
    }
}
