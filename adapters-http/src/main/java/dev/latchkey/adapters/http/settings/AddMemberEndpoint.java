package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.admin.AddExistingMember;
import dev.latchkey.domain.org.Role;
import java.io.IOException;
import java.util.Optional;

/** {@code POST /settings/orgs/{org}/members/add}: adds a user who has an account, with a role. */
final class AddMemberEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final AddExistingMember addMember;
    private final SettingsChannel channel;
    private final MembersPageEndpoint page;

    AddMemberEndpoint(AddExistingMember addMember, SettingsChannel channel, MembersPageEndpoint page) {
        this.addMember = addMember;
        this.channel = channel;
        this.page = page;
    }

    @Override
    public void handle(HttpExchange exchange, OrganizationPath path) throws IOException {
        Optional<SettingsChannel.Submission> submission = channel.submission(exchange, path.membersPage(), "members",
                Optional.of(path.organization()));
        if (submission.isEmpty()) {
            return;
        }
        Viewer viewer = submission.get().viewer();
        String username = submission.get().form().get("username").orElse("");
        Optional<Role> role = MemberForms.role(submission.get().form());
        MembersPageEndpoint.Typed typed = new MembersPageEndpoint.Typed(username, role, "", Optional.empty());
        if (role.isEmpty()) {
            page.show(exchange, 422, viewer, path, typed, Optional.of(MemberForms.CHOOSE_A_ROLE), Optional.empty());
            return;
        }
        if (username.isBlank()) {
            page.show(exchange, 422, viewer, path, typed, Optional.of("Type the username of the person to add."),
                    Optional.empty());
            return;
        }
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "members", Optional.of(path.organization()));
        switch (addMember.add(new AddExistingMember.Command(viewer.id(), path.organization(), username,
                role.get()))) {
            case AddExistingMember.Added added ->
                    channel.redirect(exchange, Notices.after(path.membersPage(), Notices.MEMBER_ADDED));
            case AddExistingMember.Rejected rejected -> page.show(exchange, 422, viewer, path, typed,
                    Optional.of(rejected.reason()), Optional.empty());
            case AddExistingMember.Forbidden forbidden -> channel.pages.forbidden(exchange, nav, forbidden.reason());
            case AddExistingMember.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
        }
    }
}
