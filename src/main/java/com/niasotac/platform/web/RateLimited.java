package com.niasotac.platform.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint an anonymous client can call in a loop (sign-in, code checks, click counting). It is
 * the seam of the rate limiter: the limiter is a JAX-RS filter bound to this annotation, so the endpoints
 * already marked need no change when it arrives. Until then nothing is enforced (see docs/decisions.md).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The limit's name, the key of its settings: {@code token_obtain}, {@code promotion_code}, … */
    String value();
}
