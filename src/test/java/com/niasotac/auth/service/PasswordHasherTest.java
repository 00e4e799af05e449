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

    // Written by Django (3.2 and 4.2) for the fixtures of the importer, passwords from their README.
    static final String DJANGO_260K =
            "pbkdf2_sha256$260000$XTTqJ17g98ap4p8EDBC6Ag$eo5poqebVmZ5ymdKKVlgS4ZJM+y5qcp9F4iVKYBaoQY=";
    static final String DJANGO_600K =
            "pbkdf2_sha256$600000$qkPITyRPJILCASD5vWvW6q$c/PfYF95c0k9K+7TV5vLK9Et14Gwo0O6lc6Wh3cvuqA=";

    @Test
    void verifiesDjangoPbkdf2HashesAndAsksForTheirUpgrade() {
        assertThat(hasher.verify("Bénin-Été-2026", DJANGO_260K)).isTrue();
        assertThat(hasher.verify("Benin-Ete-2026", DJANGO_260K)).isFalse();
        assertThat(hasher.verify("Cotonou#Staff-01", DJANGO_600K)).isTrue();
        assertThat(hasher.verify("Cotonou#Staff-02", DJANGO_600K)).isFalse();

        assertThat(hasher.needsUpgrade(DJANGO_600K)).isTrue();
        assertThat(hasher.needsUpgrade(hasher.hash("Cotonou#Staff-01"))).isFalse();
    }

    @Test
    void malformedAndUnusableHashesVerifyNothing() {
        assertThat(hasher.verify("x", "pbkdf2_sha256$abc$salt$hash")).isFalse();
        assertThat(hasher.verify("x", "pbkdf2_sha256$1000$salt$not base64!")).isFalse();
        assertThat(hasher.verify("x", "pbkdf2_sha256$1000$$AAAA")).isFalse();
        assertThat(hasher.verify("x", "!unusable-django-password")).isFalse();
    }
}
