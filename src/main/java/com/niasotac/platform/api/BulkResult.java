package com.niasotac.platform.api;

/** The answer of every bulk action: which action, and how many of the given ids it applied to. */
public record BulkResult(String action, int updated) {}
