package com.niasotac.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Validates the configuration when the application deploys. Any problem fails the deployment with a
 * message listing them all; nothing else starts (database migrations depend on this bean).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConfigurationCheck {

    private static final Logger LOG = Logger.getLogger(ConfigurationCheck.class.getName());

    @Inject
    Config config;

    private Settings settings;

    @PostConstruct
    void check() {
        SettingsValidator.Result result = SettingsValidator.validate(new MicroProfileSettingsSource(config));
        result.warnings().forEach(LOG::warning);
        settings = result.orThrow();
        LOG.info(() -> "Configuration accepted: " + settings);
    }

    /** The application's settings, for injection anywhere ({@code @Inject Settings}). */
    @Produces
    @jakarta.inject.Singleton
    public Settings settings() {
        return settings;
    }
}
