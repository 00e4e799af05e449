package com.niasotac.platform.ratelimit;

import com.niasotac.platform.config.IpRange;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The client's address: the connection's peer, unless the peer is a trusted proxy ({@code TRUSTED_PROXIES}),
 * in which case {@code X-Forwarded-For} is read from the right, skipping the trusted hops. A client cannot
 * choose its own address by sending the header: an untrusted peer's header is ignored.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String resolve(String peer, String forwardedFor, List<IpRange> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted(peer, trustedProxies)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<InetAddress> address = IpRange.literal(hop);
            if (address.isEmpty()) {
                return peer; // a malformed chain: trust nothing in it
            }
            if (!trustedProxies.stream().anyMatch(range -> range.contains(address.get()))) {
                return address.get().getHostAddress();
            }
        }
        return peer;
    }

    private static boolean trusted(String peer, List<IpRange> trustedProxies) {
        return IpRange.literal(peer)
                .map(address -> trustedProxies.stream().anyMatch(range -> range.contains(address)))
                .orElse(false);
    }
}
