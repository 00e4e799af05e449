package com.niasotac.auth.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$2b$12$").doesNotContain("correct");
        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void passwordsLongerThanBcryptsLimitAreNotTruncated() {
        String base = "x".repeat(80);
        String hash = hasher.hash(base + "A");

        assertThat(hasher.verify(base + "A", hash)).isTrue();
        assertThat(hasher.verify(base + "B", hash)).isFalse();
    }

    @Test
    void anUnknownUserCostsOneVerificationAtTheCostOfARealOne() {
        // The hash compared against is a real bcrypt hash at the same cost as every stored one: verifying
        // against it runs the same 2^12 rounds (its own secret verifies, so nothing short-circuits).
        assertThat(PasswordHasher.DUMMY_HASH)
                .startsWith("$2b$" + PasswordHasher.COST + "$")
                .hasSameSizeAs(hasher.hash("any password"));
        assertThat(hasher.verify(PasswordHasher.DUMMY_SECRET, PasswordHasher.DUMMY_HASH))
                .isTrue();
        assertThat(hasher.verifyAgainstNobody(PasswordHasher.DUMMY_SECRET))
                .as("and it never lets anyone in")
                .isFalse();
    }
}
