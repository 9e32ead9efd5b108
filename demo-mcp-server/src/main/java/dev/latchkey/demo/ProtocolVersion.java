package dev.latchkey.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The MCP protocol revisions this server speaks, newest first.
 *
 * <p>Revisions up to 2025-11-25 are <em>legacy</em>: a session starts with {@code initialize} and is
 * carried in {@code Mcp-Session-Id}. Revision 2026-07-28 is <em>modern</em>: there is no handshake and no
 * session, and every request carries its version in {@code _meta} and in the {@code MCP-Protocol-Version}
 * header (MCP 2026-07-28, Versioning: "Backward Compatibility with Initialization-Based Versions"). A
 * server that supports both eras is "dual-era" and picks the era from how each request opens.
 */
enum ProtocolVersion {
    V2026_07_28("2026-07-28", true, false),
    V2025_11_25("2025-11-25", false, false),
    V2025_06_18("2025-06-18", false, false),
    // 2025-06-18 removed JSON-RPC batching; 2025-03-26 is the only revision here that allows it.
    V2025_03_26("2025-03-26", false, true);

    /** The version answered to an {@code initialize} asking for a version this server does not speak there. */
    static final ProtocolVersion LATEST_LEGACY = V2025_11_25;

    private final String wireName;
    private final boolean modern;
    private final boolean allowsBatches;

    ProtocolVersion(String wireName, boolean modern, boolean allowsBatches) {
        this.wireName = wireName;
        this.modern = modern;
        this.allowsBatches = allowsBatches;
    }

    /** The version as written on the wire, such as {@code 2025-06-18}. */
    String wireName() {
        return wireName;
    }

    /** Whether this revision is stateless (per-request {@code _meta}, no {@code initialize}, no session). */
    boolean modern() {
        return modern;
    }

    /** Whether a POST body may be a JSON-RPC batch (an array) in this revision. */
    boolean allowsBatches() {
        return allowsBatches;
    }

    /** The version named {@code wireName}, if this server speaks it. */
    static Optional<ProtocolVersion> parse(String wireName) {
        return Arrays.stream(values()).filter(version -> version.wireName.equals(wireName)).findFirst();
    }

    /** Every supported version, newest first, as written on the wire. */
    static List<String> supportedWireNames() {
        return Arrays.stream(values()).map(ProtocolVersion::wireName).toList();
    }
}
