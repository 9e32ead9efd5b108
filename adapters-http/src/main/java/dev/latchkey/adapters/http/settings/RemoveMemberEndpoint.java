package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.admin.RemoveMemberFromOrganization;
import dev.latchkey.domain.user.UserId;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /settings/orgs/{org}/members/remove}: removes a member (or the reader, who then leaves);
 * their grants in the organization end at once.
 */
final class RemoveMemberEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final RemoveMemberFromOrganization removeMember;
    private final SettingsChannel channel;
    private final MembersPageEndpoint page;

    RemoveMemberEndpoint(RemoveMemberFromOrganization removeMember, SettingsChannel channel,
            MembersPageEndpoint page) {
        this.removeMember = removeMember;
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
        switch (removeMember.remove(new RemoveMemberFromOrganization.Command(viewer.id(), path.organization(),
                member.get()))) {
            case RemoveMemberFromOrganization.Removed removed -> channel.redirect(exchange,
                    member.get().equals(viewer.id())
                            ? Notices.after(ConnectedAppsPageEndpoint.PATH, Notices.LEFT)
                            : Notices.after(path.membersPage(), Notices.MEMBER_REMOVED));
            case RemoveMemberFromOrganization.Rejected rejected -> page.show(exchange, 422, viewer, path,
                    MembersPageEndpoint.Typed.EMPTY, Optional.of(rejected.reason()), Optional.empty());
            case RemoveMemberFromOrganization.Forbidden forbidden ->
                    channel.pages.forbidden(exchange, nav, forbidden.reason());
            case RemoveMemberFromOrganization.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
        }
    }
}
