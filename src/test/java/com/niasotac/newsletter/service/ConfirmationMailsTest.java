package com.niasotac.newsletter.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.newsletter.mail.OutgoingMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfirmationMailsTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "Awa, 'Bonjour Awa,'",
                "'  Awa  ', 'Bonjour Awa,'",
                "null, 'Bonjour,'",
                "'', 'Bonjour,'",
                "'  ', 'Bonjour,'"
            })
    void theGreetingNeverLeavesASpaceBeforeItsComma(String name, String greeting) {
        OutgoingMail mail = ConfirmationMails.compose(
                "NIASOTAC <no-reply@niasotac.com>", "awa@example.bj", name, "https://shop.example/c/abc");

        assertThat(mail.plain()).startsWith(greeting + "\n").contains("https://shop.example/c/abc");
        assertThat(mail.html()).startsWith("<p>" + greeting + "</p>").doesNotContain(" ,");
    }
}
