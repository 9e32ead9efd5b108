package dev.latchkey.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code Accept} for the two media types of Streamable HTTP (RFC 9110 §12.5.1). */
class AcceptHeaderTest {

    @Test
    void parseWhenBothListedThenAcceptsBoth() {
        assertThat(AcceptHeader.parse(List.of("application/json, text/event-stream")))
                .isEqualTo(new AcceptHeader(true, true));
    }

    @Test
    void parseWhenHeaderMissingThenAcceptsBoth() {
        assertThat(AcceptHeader.parse(null)).isEqualTo(new AcceptHeader(true, true));
        assertThat(AcceptHeader.parse(List.of(" "))).isEqualTo(new AcceptHeader(true, true));
    }

    @Test
    void parseWhenWildcardsThenTheyCount() {
        assertThat(AcceptHeader.parse(List.of("*/*"))).isEqualTo(new AcceptHeader(true, true));
        assertThat(AcceptHeader.parse(List.of("application/*"))).isEqualTo(new AcceptHeader(true, false));
        assertThat(AcceptHeader.parse(List.of("text/*;q=0.5"))).isEqualTo(new AcceptHeader(false, true));
    }

    @Test
    void parseWhenWeightIsZeroThenThatTypeIsRefused() {
        assertThat(AcceptHeader.parse(List.of("application/json;q=0, text/event-stream")))
                .isEqualTo(new AcceptHeader(false, true));
    }

    @Test
    void parseWhenOnlyOtherTypesThenAcceptsNeither() {
        assertThat(AcceptHeader.parse(List.of("text/html")).acceptsAny()).isFalse();
    }
}
