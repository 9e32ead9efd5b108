package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.admin.ListMembers;
import dev.latchkey.domain.org.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /settings/orgs/{org}/members}: the organization's members for its owners and admins, each
 * with only the actions the reader may take, and the forms that add an existing user or create one.
 */
final class MembersPageEndpoint implements OrganizationPages.OrganizationEndpoint {

    /** What the two forms hold: empty, or what was typed when one was refused (never the password). */
    record Typed(String addUsername, Optional<Role> addRole, String createUsername, Optional<Role> createRole) {
        static final Typed EMPTY = new Typed("", Optional.empty(), "", Optional.empty());
    }

    private final ListMembers listMembers;
    private final SettingsChannel channel;

    MembersPageEndpoint(ListMembers listMembers, SettingsChannel channel) {
        this.listMembers = listMembers;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange, OrganizationPath path) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, path.membersPage());
        if (viewer.isEmpty()) {
            return;
        }
        show(exchange, 200, viewer.get(), path, Typed.EMPTY, Optional.empty(), Notices.from(exchange));
    }

    /** The page; 404 for an organization the viewer is not in, 403 for a plain member. */
    void show(HttpExchange exchange, int status, Viewer viewer, OrganizationPath path, Typed typed,
            Optional<String> error, Optional<String> notice) throws IOException {
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "members", Optional.of(path.organization()));
        switch (listMembers.list(new ListMembers.Command(viewer.id(), path.organization()))) {
            case ListMembers.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
            case ListMembers.Forbidden forbidden -> channel.pages.forbidden(exchange, nav, forbidden.reason());
            case ListMembers.Listed listed -> {
                var rows = listed.members().stream().map(row -> {
                    var member = row.member();
                    List<Role> choices = new ArrayList<>();
                    choices.add(member.role());
                    choices.addAll(row.rolesYouMayGive());
                    return new SettingsViews.MemberRow(member.user().id().value(), member.user().username().value(),
                            member.user().displayName(), member.role().wireName(), Moments.of(member.since()),
                            row.isYou(), member.user().disabled(), options(choices, Optional.of(member.role())),
                            !row.rolesYouMayGive().isEmpty(), row.youMayRemove());
                }).toList();
                Role fallback = Role.MEMBER;
                channel.pages.members(exchange, status, new SettingsViews.MembersPage(nav,
                        path.organization().value(), listed.organization().name().value(),
                        listed.yourRole().wireName(), rows, typed.addUsername(),
                        options(listed.rolesYouMayGrant(), typed.addRole().or(() -> Optional.of(fallback))),
                        typed.createUsername(),
                        options(listed.rolesYouMayGrant(), typed.createRole().or(() -> Optional.of(fallback))),
                        error, notice));
            }
        }
    }

    private static List<SettingsViews.RoleOption> options(List<Role> roles, Optional<Role> selected) {
        return roles.stream()
                .map(role -> new SettingsViews.RoleOption(role.wireName(), selected.map(role::equals).orElse(false)))
                .toList();
    }
}
