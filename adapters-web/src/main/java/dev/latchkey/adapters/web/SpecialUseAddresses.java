package dev.latchkey.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Classifies IP addresses against the special-purpose address blocks of RFC 6890 and the IANA IPv4 and
 * IPv6 Special-Purpose Address Registries that succeed it. draft-ietf-oauth-client-id-metadata-document-02
 * §8.6: "Authorization servers MUST NOT fetch a Client ID Metadata Document URL ... that resolve[s] to
 * special-use IP addresses as defined in [RFC6890]."
 *
 * <p>Every block is refused, including the few the registry marks "globally reachable" (anycast services
 * such as AS112 or 6to4 relays): none of them serves client metadata. IPv6 addresses that carry an IPv4
 * address (IPv4-mapped {@code ::ffff:0:0/96}, SIIT-translated {@code ::ffff:0:0:0/96} and the NAT64
 * well-known prefix {@code 64:ff9b::/96}, whose RFC 6052 §3.1 forbids it for non-global IPv4 addresses) are
 * judged by that IPv4 address, so {@code ::ffff:127.0.0.1} is loopback. Any other IPv6 address outside
 * global unicast {@code 2000::/3} is refused as well: nothing else is allocated for public use.
 */
final class SpecialUseAddresses {

    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", "a \"this network\" address (0.0.0.0/8, RFC 791)"),
            Block.of("10.0.0.0/8", "a private-use address (10.0.0.0/8, RFC 1918)"),
            Block.of("100.64.0.0/10", "a shared carrier-grade NAT address (100.64.0.0/10, RFC 6598)"),
            Block.of("127.0.0.0/8", "a loopback address (127.0.0.0/8, RFC 1122)"),
            Block.of("169.254.0.0/16", "a link-local address (169.254.0.0/16, RFC 3927)"),
            Block.of("172.16.0.0/12", "a private-use address (172.16.0.0/12, RFC 1918)"),
            Block.of("192.0.0.0/24", "an IETF protocol assignment (192.0.0.0/24, RFC 6890)"),
            Block.of("192.0.2.0/24", "a documentation address (192.0.2.0/24, RFC 5737)"),
            Block.of("192.31.196.0/24", "an AS112 anycast address (192.31.196.0/24, RFC 7535)"),
            Block.of("192.52.193.0/24", "an AMT relay address (192.52.193.0/24, RFC 7450)"),
            Block.of("192.88.99.0/24", "a 6to4 relay anycast address (192.88.99.0/24, RFC 7526)"),
            Block.of("192.168.0.0/16", "a private-use address (192.168.0.0/16, RFC 1918)"),
            Block.of("192.175.48.0/24", "an AS112 direct delegation address (192.175.48.0/24, RFC 7534)"),
            Block.of("198.18.0.0/15", "a benchmarking address (198.18.0.0/15, RFC 2544)"),
            Block.of("198.51.100.0/24", "a documentation address (198.51.100.0/24, RFC 5737)"),
            Block.of("203.0.113.0/24", "a documentation address (203.0.113.0/24, RFC 5737)"),
            Block.of("224.0.0.0/4", "a multicast address (224.0.0.0/4, RFC 5771)"),
            Block.of("255.255.255.255/32", "the limited broadcast address (255.255.255.255, RFC 919)"),
            Block.of("240.0.0.0/4", "a reserved address (240.0.0.0/4, RFC 1112)"));

    /** Most specific first: the first match names the block. */
    private static final List<Block> IPV6 = List.of(
            Block.of("::/128", "the unspecified address (::/128, RFC 4291)"),
            Block.of("::1/128", "the loopback address (::1/128, RFC 4291)"),
            Block.of("::/96", "a deprecated IPv4-compatible address (::/96, RFC 4291)"),
            Block.of("64:ff9b:1::/48", "a local-use IPv4/IPv6 translation address (64:ff9b:1::/48, RFC 8215)"),
            Block.of("100::/64", "a discard-only address (100::/64, RFC 6666)"),
            Block.of("2001::/32", "a Teredo relay address (2001::/32, RFC 4380)"),
            Block.of("2001:2::/48", "a benchmarking address (2001:2::/48, RFC 5180)"),
            Block.of("2001::/23", "an IETF protocol assignment (2001::/23, RFC 2928)"),
            Block.of("2001:db8::/32", "a documentation address (2001:db8::/32, RFC 3849)"),
            Block.of("2002::/16", "a 6to4 address (2002::/16, RFC 3056)"),
            Block.of("3fff::/20", "a documentation address (3fff::/20, RFC 9637)"),
            Block.of("5f00::/16", "an SRv6 segment identifier (5f00::/16, RFC 9602)"),
            Block.of("fc00::/7", "a unique-local address (fc00::/7, RFC 4193)"),
            Block.of("fec0::/10", "a deprecated site-local address (fec0::/10, RFC 3879)"),
            Block.of("fe80::/10", "a link-local address (fe80::/10, RFC 4291)"),
            Block.of("ff00::/8", "a multicast address (ff00::/8, RFC 4291)"));

    private static final Block GLOBAL_UNICAST = Block.of("2000::/3", "global unicast");

    private SpecialUseAddresses() {}

    /**
     * The special-use block {@code address} is in, as a phrase with its article ("a loopback address
     * (127.0.0.0/8, RFC 1122)"); empty for an ordinary public address.
     */
    static Optional<String> blockOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return find(IPV4, bytes);
        }
        Optional<Embedded> embedded = embeddedIpv4(bytes);
        if (embedded.isPresent()) {
            byte[] ipv4 = embedded.get().ipv4();
            return find(IPV4, ipv4).map(block -> embedded.get().kind() + " for " + dotted(ipv4) + ", which is "
                    + block);
        }
        Optional<String> block = find(IPV6, bytes);
        if (block.isPresent()) {
            return block;
        }
        if (!GLOBAL_UNICAST.contains(bytes)) {
            return Optional.of("an address outside IPv6 global unicast space (2000::/3, RFC 4291)");
        }
        return Optional.empty();
    }

    private static Optional<String> find(List<Block> blocks, byte[] address) {
        return blocks.stream().filter(block -> block.contains(address)).map(Block::description).findFirst();
    }

    /** An IPv4 address carried inside an IPv6 one, and how it is carried. */
    private record Embedded(String kind, byte[] ipv4) {}

    private static Optional<Embedded> embeddedIpv4(byte[] ipv6) {
        byte[] last = Arrays.copyOfRange(ipv6, 12, 16);
        if (zero(ipv6, 0, 10) && ff(ipv6, 10) && ff(ipv6, 11)) {
            return Optional.of(new Embedded("an IPv4-mapped IPv6 address (::ffff:0:0/96)", last));
        }
        if (zero(ipv6, 0, 8) && ff(ipv6, 8) && ff(ipv6, 9) && zero(ipv6, 10, 12)) {
            return Optional.of(new Embedded("an IPv4-translated IPv6 address (::ffff:0:0:0/96, RFC 2765)", last));
        }
        if (ipv6[0] == 0 && ipv6[1] == 0x64 && ff(ipv6, 2) && ipv6[3] == (byte) 0x9b && zero(ipv6, 4, 12)) {
            return Optional.of(new Embedded("a NAT64 address (64:ff9b::/96, RFC 6052)", last));
        }
        return Optional.empty();
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean ff(byte[] bytes, int index) {
        return bytes[index] == (byte) 0xff;
    }

    private static String dotted(byte[] ipv4) {
        return (ipv4[0] & 0xff) + "." + (ipv4[1] & 0xff) + "." + (ipv4[2] & 0xff) + "." + (ipv4[3] & 0xff);
    }

    /** A CIDR block: the first {@code prefixLength} bits of {@code network}. */
    private record Block(byte[] network, int prefixLength, String description) {

        static Block of(String cidr, String description) {
            int slash = cidr.indexOf('/');
            String literal = cidr.substring(0, slash);
            try {
                // A literal never goes to DNS. (No block here is IPv4-mapped, which Java would turn into IPv4.)
                byte[] network = InetAddress.getByName(literal).getAddress();
                return new Block(network, Integer.parseInt(cidr.substring(slash + 1)), description);
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException("not an address literal: " + literal, impossible);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixLength / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
