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
        boolean peerTrusted = IpRange.literal(peer)
                .filter(address -> trusted(address, trustedProxies))
                .isPresent();
        if (forwardedFor == null || forwardedFor.isBlank() || !peerTrusted) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<InetAddress> address = IpRange.literal(hop);
            if (address.isEmpty()) {
                return peer; // a malformed chain: trust nothing in it
            }
            if (!trusted(address.get(), trustedProxies)) {
                return address.get().getHostAddress();
            }
        }
        return peer;
    }

    private static boolean trusted(InetAddress address, List<IpRange> trustedProxies) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
