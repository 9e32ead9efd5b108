package dev.latchkey.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DNS-rebinding protection: only loopback origins pass (Streamable HTTP "Security Warning"). */
class OriginPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost", "http://localhost:6274", "https://127.0.0.1:8443", "http://[::1]:3000",
            "HTTP://LocalHost:1"})
    void isLoopbackOriginWhenHostIsLoopbackThenTrue(String origin) {
        assertThat(OriginPolicy.isLoopbackOrigin(origin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "https://evil.example", "http://localhost.evil.example", "http://127.0.0.2",
            "http://127.0.0.1.nip.io", "file://localhost", "ws://localhost", "http://user@localhost",
            "http://localhost/path", "http://[::2]", "not a uri", ""})
    void isLoopbackOriginWhenOriginIsAnythingElseThenFalse(String origin) {
        assertThat(OriginPolicy.isLoopbackOrigin(origin)).isFalse();
    }

    @Test
    void allowsWhenNoOriginHeaderThenTrue() {
        assertThat(OriginPolicy.allows(null)).isTrue();
    }

    @Test
    void allowsWhenOneOfSeveralOriginsIsForeignThenFalse() {
        assertThat(OriginPolicy.allows(List.of("http://localhost", "https://evil.example"))).isFalse();
    }
}
