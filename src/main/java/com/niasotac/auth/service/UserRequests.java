package com.niasotac.auth.service;

/** Constraints shared by the user request records. */
final class UserRequests {

    static final String USERNAME_PATTERN = "[A-Za-z0-9_.@+-]+";
    static final String USERNAME_MESSAGE = "may contain only letters, digits and _ . @ + -";
    static final String ROLE_PATTERN = "admin|staff";
    static final String ROLE_MESSAGE = "must be admin or staff";

    private UserRequests() {}
}
