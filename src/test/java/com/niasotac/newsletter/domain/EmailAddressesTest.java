package com.niasotac.newsletter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "  Awa.Dossou@Example.BJ  | Awa.Dossou@example.bj",
                "info+news@niasotac.com   | info+news@niasotac.com",
                "k@mail.co.bj             | k@mail.co.bj",
            })
    void trimsAndLowerCasesTheDomainOnly(String raw, String normalised) {
        assertThat(EmailAddresses.normalise(raw)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not an address",
                "a@b",
                "@example.bj",
                "awa@",
                "awa@@example.bj",
                "awa..dossou@example.bj",
                "awa@-example.bj",
                "awa@example.bj\r\nBcc: x@example.bj",
            })
    void refusesWhatCannotBeAnAddress(String raw) {
        assertThat(EmailAddresses.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 250})
    void refusesOverlongParts(int localLength) {
        assertThat(EmailAddresses.normalise("a".repeat(localLength) + "@example.bj"))
                .isEmpty();
    }
}
