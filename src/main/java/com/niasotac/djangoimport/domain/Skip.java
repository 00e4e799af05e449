package com.niasotac.djangoimport.domain;

/** A Django row that was not written: its id, what it is (a slug, an address, a file) and why. */
public record Skip(long id, String row, String reason) {}
