package com.niasotac.platform.cache;

/** Fired by any write to data anonymous clients read; clears this node's public response cache after commit. */
public record PublicDataChanged(String what) {}
