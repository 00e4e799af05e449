package com.niasotac.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, 10.255.1.2, true",
        "10.0.0.0/8, 11.0.0.1, false",
        "172.16.0.0/12, 172.31.255.255, true",
        "172.16.0.0/12, 172.32.0.0, false",
        "192.168.1.7, 192.168.1.7, true",
        "192.168.1.7, 192.168.1.8, false",
        "0.0.0.0/0, 203.0.113.5, true",
        "fd00::/8, fd12:3456::1, true",
        "fd00::/8, fe80::1, false",
        "10.0.0.0/8, ::ffff:10.0.0.1, true",
        "fd00::/8, 10.0.0.1, false",
    })
    void matchesAddressesInsideTheBlockOnly(String range, String address, boolean inside) {
        assertThat(IpRange.parse(range)
                        .orElseThrow()
                        .contains(IpRange.literal(address).orElseThrow()))
                .isEqualTo(inside);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "localhost", "proxy.example.com", "10.0.0.0/33", "10.0.0.0/8/1", "fd00::/129", "10.0.0/8"})
    void refusesHostNamesAndMalformedBlocksWithoutAnyLookup(String text) {
        assertThat(IpRange.parse(text)).isEmpty();
    }
}
