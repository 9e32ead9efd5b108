package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.admin.CreateMember;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/** {@code POST /settings/orgs/{org}/members/create}: creates a user with an initial password and adds them. */
final class CreateMemberEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final CreateMember createMember;
    private final SettingsChannel channel;
    private final MembersPageEndpoint page;

    CreateMemberEndpoint(CreateMember createMember, SettingsChannel channel, MembersPageEndpoint page) {
        this.createMember = createMember;
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
        MembersPageEndpoint.Typed typed = new MembersPageEndpoint.Typed("", Optional.empty(), username, role);
        if (role.isEmpty()) {
            page.show(exchange, 422, viewer, path, typed, Optional.of(MemberForms.CHOOSE_A_ROLE), Optional.empty());
            return;
        }
        Parsed<Password> password = Parsed.of(submission.get().form().get("password").orElse(""), Password::new);
        if (!(password instanceof Parsed.Valid<Password> validPassword)) {
            page.show(exchange, 422, viewer, path, typed, Optional.of("Choose an initial password of 8 to "
                    + Password.MAXIMUM_LENGTH + " characters."), Optional.empty());
            return;
        }
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "members", Optional.of(path.organization()));
        switch (createMember.create(new CreateMember.Command(viewer.id(), path.organization(), username,
                validPassword.value(), role.get()))) {
            case CreateMember.Created created ->
                    channel.redirect(exchange, Notices.after(path.membersPage(), Notices.MEMBER_CREATED));
            case CreateMember.Rejected rejected -> page.show(exchange, 422, viewer, path, typed,
                    Optional.of(rejected.reason()), Optional.empty());
            case CreateMember.Forbidden forbidden -> channel.pages.forbidden(exchange, nav, forbidden.reason());
            case CreateMember.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
        }
    }
}
