package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.admin.ChangeMemberRole;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import java.io.IOException;
import java.util.Optional;

/** {@code POST /settings/orgs/{org}/members/role}: gives a member another role, from their next call on. */
final class ChangeRoleEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final ChangeMemberRole changeRole;
    private final SettingsChannel channel;
    private final MembersPageEndpoint page;

    ChangeRoleEndpoint(ChangeMemberRole changeRole, SettingsChannel channel, MembersPageEndpoint page) {
        this.changeRole = changeRole;
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
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "members", Optional.of(path.organization()));
        Optional<UserId> member = MemberForms.member(submission.get().form());
        if (member.isEmpty()) {
            channel.pages.notFound(exchange, Optional.of(nav));
            return;
        }
        Optional<Role> role = MemberForms.role(submission.get().form());
        if (role.isEmpty()) {
            page.show(exchange, 422, viewer, path, MembersPageEndpoint.Typed.EMPTY,
                    Optional.of(MemberForms.CHOOSE_A_ROLE), Optional.empty());
            return;
        }
        switch (changeRole.change(new ChangeMemberRole.Command(viewer.id(), path.organization(), member.get(),
                role.get()))) {
            case ChangeMemberRole.Changed changed ->
                    channel.redirect(exchange, Notices.after(path.membersPage(), Notices.ROLE_CHANGED));
            case ChangeMemberRole.Rejected rejected -> page.show(exchange, 422, viewer, path,
                    MembersPageEndpoint.Typed.EMPTY, Optional.of(rejected.reason()), Optional.empty());
            case ChangeMemberRole.Forbidden forbidden -> channel.pages.forbidden(exchange, nav, forbidden.reason());
            case ChangeMemberRole.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
        }
    }
}
