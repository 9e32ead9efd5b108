package dev.latchkey.application.gateway;

import dev.latchkey.application.port.ActivityLog;
import dev.latchkey.domain.audit.ProxiedCall;
import java.util.Objects;

/** Adds a forwarded call to the activity log. */
public final class RecordProxiedCall {

    private final ActivityLog activity;

    public RecordProxiedCall(ActivityLog activity) {
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /** The call to record. */
    public record Command(ProxiedCall call) {
        public Command {
            Objects.requireNonNull(call, "call");
        }
    }

    public void record(Command command) {
        activity.record(command.call());
    }
}
