package com.niasotac.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.platform.config.IpRange;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {

    static final List<IpRange> PROXIES = List.of(
            IpRange.parse("10.0.0.0/8").orElseThrow(),
            IpRange.parse("2001:db8::1").orElseThrow());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // peer            | X-Forwarded-For                       | client
                "203.0.113.9       | 198.51.100.7                          | 203.0.113.9",
                "10.1.2.3          | null                                  | 10.1.2.3",
                "10.1.2.3          | 198.51.100.7                          | 198.51.100.7",
                "10.1.2.3          | 192.0.2.66, 198.51.100.7              | 198.51.100.7",
                "10.1.2.3          | 198.51.100.7, 10.9.9.9                | 198.51.100.7",
                "2001:db8:0:0:0:0:0:1 | 198.51.100.7                       | 198.51.100.7",
                "10.1.2.3          | 10.4.4.4, 10.5.5.5                    | 10.1.2.3",
                "10.1.2.3          | 198.51.100.7, not-an-address          | 10.1.2.3",
                "10.1.2.3          | evil.example.com                      | 10.1.2.3",
            })
    void trustsForwardedForOnlyFromTrustedProxiesAndReadsItFromTheRight(
            String peer, String forwardedFor, String client) {
        assertThat(ClientAddress.resolve(peer, forwardedFor, PROXIES)).isEqualTo(client);
    }
}
