package dev.latchkey.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 6890 and the IANA special-purpose registries, address by address: the edges of each block both
 * ways, and public addresses next to them.
 */
class SpecialUseAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // IPv4
        "0.0.0.0                 | \"this network\"",
        "0.255.255.255           | \"this network\"",
        "10.0.0.0                | private-use address (10.0.0.0/8",
        "10.255.255.255          | private-use address (10.0.0.0/8",
        "100.64.0.1              | carrier-grade NAT",
        "100.127.255.255         | carrier-grade NAT",
        "127.0.0.1               | loopback address (127.0.0.0/8",
        "127.255.255.254         | loopback address (127.0.0.0/8",
        "169.254.169.254         | link-local address (169.254.0.0/16",
        "172.16.0.1              | private-use address (172.16.0.0/12",
        "172.31.255.255          | private-use address (172.16.0.0/12",
        "192.0.0.8               | IETF protocol assignment",
        "192.0.2.10              | documentation address (192.0.2.0/24",
        "192.31.196.1            | AS112",
        "192.52.193.1            | AMT",
        "192.88.99.1             | 6to4 relay anycast",
        "192.168.1.1             | private-use address (192.168.0.0/16",
        "192.175.48.1            | AS112 direct delegation",
        "198.18.0.1              | benchmarking address (198.18.0.0/15",
        "198.19.255.255          | benchmarking address (198.18.0.0/15",
        "198.51.100.7            | documentation address (198.51.100.0/24",
        "203.0.113.9             | documentation address (203.0.113.0/24",
        "224.0.0.1               | multicast address (224.0.0.0/4",
        "239.255.255.250         | multicast address (224.0.0.0/4",
        "240.0.0.1               | reserved address (240.0.0.0/4",
        "255.255.255.255         | limited broadcast",
        // IPv6
        "::                      | unspecified address",
        "::1                     | loopback address (::1/128",
        "::7f00:1                | IPv4-compatible",
        "64:ff9b:1::1            | local-use IPv4/IPv6 translation",
        "100::1                  | discard-only",
        "2001::1                 | Teredo",
        "2001:0:4136:e378::1     | Teredo",
        "2001:2::1               | benchmarking address (2001:2::/48",
        "2001:10::1              | IETF protocol assignment (2001::/23",
        "2001:db8::1             | documentation address (2001:db8::/32",
        "2002:c000:204::1        | 6to4 address",
        "3fff::1                 | documentation address (3fff::/20",
        "5f00::1                 | SRv6",
        "fc00::1                 | unique-local address",
        "fd12:3456:789a::1       | unique-local address",
        "fe80::1                 | link-local address (fe80::/10",
        "febf:ffff::1            | link-local address (fe80::/10",
        "fec0::1                 | site-local",
        "ff02::1                 | multicast address (ff00::/8",
        "4000::1                 | outside IPv6 global unicast space",
        // IPv6 forms of IPv4 addresses, judged by the IPv4 address
        "::ffff:0:a00:1          | IPv4-translated IPv6 address (::ffff:0:0:0/96, RFC 2765) for 10.0.0.1, which is a private-use",
        "64:ff9b::7f00:1         | NAT64 address (64:ff9b::/96, RFC 6052) for 127.0.0.1, which is a loopback",
        "64:ff9b::a9fe:a9fe      | for 169.254.169.254, which is a link-local"})
    void blockOfWhenAddressIsSpecialUseThenNamesTheBlock(String literal, String expected)
            throws UnknownHostException {
        assertThat(SpecialUseAddresses.blockOf(InetAddress.getByName(literal))).get().asString().contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.1.1.1", "8.8.8.8", "9.9.9.9", "93.184.215.14", "9.255.255.255", "11.0.0.0", "100.63.255.255",
        "100.128.0.0", "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255",
        "172.32.0.0", "192.0.1.255", "192.0.3.0", "192.167.255.255", "192.169.0.0", "198.17.255.255",
        "198.20.0.0", "223.255.255.255",
        "2606:4700:4700::1111", "2001:4860:4860::8888", "2620:fe::fe", "2a00:1450:4001:82b::200e",
        "2001:200::1", "2003::1", "2a03:2880:f10c:83:face:b00c:0:25de", "64:ff9b::808:808", "::ffff:0:808:808"})
    void blockOfWhenAddressIsPublicThenNone(String literal) throws UnknownHostException {
        assertThat(SpecialUseAddresses.blockOf(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void blockOfWhenIpv4MappedAddressIsParsedThenJudgesTheIpv4Address() throws UnknownHostException {
        // Java turns a mapped literal into the IPv4 address itself.
        assertThat(SpecialUseAddresses.blockOf(InetAddress.getByName("::ffff:10.1.2.3"))).get().asString()
                .contains("private-use address (10.0.0.0/8");
        assertThat(SpecialUseAddresses.blockOf(InetAddress.getByName("::ffff:8.8.8.8"))).isEmpty();
    }

    @Test
    void blockOfWhenIpv4MappedAddressStaysIpv6ThenJudgesTheIpv4Address() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        byte[] mappedPublic = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 1, 1, 1, 1};

        assertThat(SpecialUseAddresses.blockOf(Inet6Address.getByAddress(null, mapped, -1))).get().asString()
                .contains("for 127.0.0.1, which is a loopback address");
        assertThat(SpecialUseAddresses.blockOf(Inet6Address.getByAddress(null, mappedPublic, -1))).isEmpty();
    }
}
