package dev.latchkey.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The demo MCP server that {@code latchkey demo} starts behind Latchkey's gateway: a real MCP server over the
 * Streamable HTTP transport at {@code /mcp}, with six small tools (echo, time, add_note, list_notes,
 * delete_all_notes, countdown). It speaks MCP 2025-03-26, 2025-06-18 and 2025-11-25 with sessions, and
 * 2026-07-28 statelessly. It does no authentication: the gateway does, and may tell who is calling in
 * {@code X-Latchkey-User} / {@code X-Latchkey-Org}.
 */
public final class DemoMcpServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DemoMcpServer.class.getName());

    /**
     * Limits and timings.
     *
     * @param maxBodyBytes      the largest POST body accepted (larger gets 413)
     * @param keepAliveInterval how often an idle {@code subscriptions/listen} stream gets a keep-alive comment
     * @param maxSessions       open legacy sessions kept; past it the least recently used one ends
     */
    record Settings(int maxBodyBytes, Duration keepAliveInterval, int maxSessions) {
        Settings {
            Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
            if (maxBodyBytes < 1 || maxBodyBytes == Integer.MAX_VALUE || maxSessions < 1
                    || keepAliveInterval.isNegative() || keepAliveInterval.isZero()) {
                throw new IllegalArgumentException("Settings need a positive body limit below Integer.MAX_VALUE,"
                        + " at least one session and a positive keep-alive interval: " + this);
            }
        }

        static Settings defaults() {
            return new Settings(1024 * 1024, Duration.ofSeconds(15), 1000);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ActiveCalls activeCalls;
    private final Sessions sessions;
    private final CountdownStats countdownStats;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoMcpServer(HttpServer server, ExecutorService executor, ActiveCalls activeCalls, Sessions sessions,
            CountdownStats countdownStats) {
        this.server = server;
        this.executor = executor;
        this.activeCalls = activeCalls;
        this.sessions = sessions;
        this.countdownStats = countdownStats;
    }

    /**
     * Starts listening on {@code bindAddress} only.
     *
     * @param bindAddress the address to listen on, such as {@code 127.0.0.1}
     * @param port        the port, 0 for any free one
     * @param clock       the clock of the {@code time} tool and of session bookkeeping
     * @throws UncheckedIOException when the address cannot be listened on
     */
    public static DemoMcpServer start(String bindAddress, int port, Clock clock) {
        return start(bindAddress, port, clock, Settings.defaults(), Sessions.secureRandomIds());
    }

    static DemoMcpServer start(String bindAddress, int port, Clock clock, Settings settings,
            Supplier<String> sessionIds) {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clock, "clock");
        CountdownStats countdownStats = new CountdownStats();
        Sessions sessions = new Sessions(clock, sessionIds, settings.maxSessions());
        ActiveCalls activeCalls = new ActiveCalls();
        McpMethods methods = new McpMethods(ToolCatalog.demo(clock, new Notebook(), countdownStats),
                settings.keepAliveInterval());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 64);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("The demo MCP server cannot listen on " + bindAddress + ":" + port + " ("
                    + cannotListen.getMessage() + "). Is another program using the port?", cannotListen);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", new McpEndpoint(methods, sessions, activeCalls, settings.maxBodyBytes()));
        server.start();
        DemoMcpServer started = new DemoMcpServer(server, executor, activeCalls, sessions, countdownStats);
        LOG.log(Level.DEBUG, () -> "Demo MCP server listening at " + started.endpoint());
        return started;
    }

    /** The MCP endpoint, such as {@code http://127.0.0.1:41234/mcp}. */
    public URI endpoint() {
        InetAddress address = server.getAddress().getAddress();
        String host;
        if (address.isAnyLocalAddress()) {
            host = address instanceof Inet6Address ? "[::1]" : "127.0.0.1";
        } else if (address instanceof Inet6Address) {
            host = "[" + address.getHostAddress() + "]";
        } else {
            host = address.getHostAddress();
        }
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + McpEndpoint.PATH);
    }

    /**
     * Stops streaming calls, ends the sessions, stops listening and waits briefly for in-flight requests.
     * Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        activeCalls.stopAll();
        sessions.endAll();
        server.stop(1);
        executor.close();
    }

    CountdownStats countdownStats() {
        return countdownStats;
    }

    int openSessions() {
        return sessions.size();
    }
}
