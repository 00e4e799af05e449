package com.niasotac.platform.health;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A health check of a service one feature needs but the node can serve without (mail): shown, and able to
 * turn {@code /healthz} DOWN, but not part of {@code /healthz/ready}, so an SMTP outage does not take a node
 * out of the load balancer.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Dependency {}
