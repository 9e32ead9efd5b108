package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.application.account.UpdateProfile;
import java.io.IOException;
import java.util.Optional;

/** {@code POST /settings/account/profile}: saves the user's email address and display name. */
final class UpdateProfileEndpoint implements Endpoint {

    private final UpdateProfile updateProfile;
    private final SettingsChannel channel;
    private final AccountPageEndpoint page;

    UpdateProfileEndpoint(UpdateProfile updateProfile, SettingsChannel channel, AccountPageEndpoint page) {
        this.updateProfile = updateProfile;
        this.channel = channel;
        this.page = page;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<SettingsChannel.Submission> submission = channel.submission(exchange, AccountPageEndpoint.PATH,
                "account", Optional.empty());
        if (submission.isEmpty()) {
            return;
        }
        Viewer viewer = submission.get().viewer();
        Optional<String> email = submission.get().form().get("email");
        Optional<String> displayName = submission.get().form().get("display_name");
        switch (updateProfile.update(new UpdateProfile.Command(viewer.id(), email, displayName))) {
            case UpdateProfile.Updated updated ->
                    channel.redirect(exchange, Notices.after(AccountPageEndpoint.PATH, Notices.PROFILE_SAVED));
            case UpdateProfile.Rejected rejected -> page.show(exchange, 422, viewer, email.orElse(""),
                    displayName.orElse(""), Optional.of(rejected.reason()), Optional.empty());
        }
    }
}
