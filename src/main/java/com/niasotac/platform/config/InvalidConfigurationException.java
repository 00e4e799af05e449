package com.niasotac.platform.config;

import java.util.List;

/** Thrown at deployment when the environment is not fit to run; the message lists every problem. */
public final class InvalidConfigurationException extends RuntimeException {

    private final List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super("NIASOTAC configuration is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
