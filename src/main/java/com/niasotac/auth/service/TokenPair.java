package com.niasotac.auth.service;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What a successful sign-in or refresh returns. {@code expiresIn} is the access token's lifetime in seconds. */
@JsonbPropertyOrder({"access", "refresh", "expiresIn"})
public record TokenPair(String access, String refresh, long expiresIn) {}
