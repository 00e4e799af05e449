package com.niasotac.platform.config;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the deployment's configuration checks against the current environment, before deploying.
 * Exit code 0 when the configuration is accepted, 1 when not (each problem on its own line).
 * Wrapped by {@code server-config/check-config.sh}.
 */
@Command(
        name = "check-config",
        mixinStandardHelpOptions = true,
        description = "Checks the NIASOTAC environment variables the way the deployment will.")
public final class CheckCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        SettingsValidator.Result result = SettingsValidator.validate(EnvironmentSource.ofProcess());
        result.warnings().forEach(warning -> System.err.println("warning: " + warning));
        if (result.settings().isEmpty()) {
            System.err.println(new InvalidConfigurationException(result.problems()).getMessage());
            return 1;
        }
        System.out.println("Configuration accepted: " + result.settings().get());
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CheckCommand()).execute(args));
    }
}
