package com.niasotac.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * JAX-RS owns every path of the application (mapped at the root), so unknown paths, wrong methods and the
 * rest answer in the API's envelope too. Resources declare their own prefixes: {@code api/v1/...},
 * {@code api/token}, {@code healthz}.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "NIASOTAC catalog API",
                        version = "1",
                        description =
                                "Catalog, promotions and newsletter of NIASOTAC TECHNOLOGIE, Cotonou. Every body is the "
                                        + "envelope {success, data, message, error}."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class NiasotacApplication extends Application {}
