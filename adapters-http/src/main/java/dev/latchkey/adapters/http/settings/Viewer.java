package dev.latchkey.adapters.http.settings;

import dev.latchkey.application.account.DescribeAccount;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.session.BrowserSession;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in person looking at a settings page: their live session, their account as
 * {@link DescribeAccount} describes it, and the organization they last picked in the switcher.
 */
record Viewer(SessionToken token, BrowserSession session, User user,
        List<DescribeAccount.OrganizationRole> organizations, boolean mayAdministerResources,
        Optional<OrgId> picked) {

    UserId id() {
        return user.id();
    }

    /** Whether {@code presented} is the session's CSRF token. */
    boolean csrfMatches(Optional<String> presented) {
        return presented.isPresent() && session.csrfMatches(presented.get());
    }

    /** The viewer's membership of {@code organization}, if any. */
    Optional<DescribeAccount.OrganizationRole> membership(OrgId organization) {
        return organizations.stream().filter(role -> role.organization().id().equals(organization)).findFirst();
    }

    /**
     * The organization the navigation's links open when the page is about none: the one picked in the
     * switcher, else the first one the viewer administers, else their first.
     */
    Optional<OrgId> defaultOrganization() {
        return picked.filter(id -> membership(id).isPresent())
                .or(() -> organizations.stream().filter(DescribeAccount.OrganizationRole::mayAdminister).findFirst()
                        .map(role -> role.organization().id()))
                .or(() -> organizations.stream().findFirst().map(role -> role.organization().id()));
    }

    /** The navigation for a page of {@code section}, about {@code organization} when it is an organization's page. */
    SettingsViews.Nav nav(String basePath, String section, Optional<OrgId> organization) {
        Optional<OrgId> current = organization.filter(id -> membership(id).isPresent()).or(this::defaultOrganization);
        List<SettingsViews.OrganizationOption> options = organizations.stream()
                .map(role -> new SettingsViews.OrganizationOption(role.organization().id().value(),
                        role.organization().name().value(), role.role().wireName(),
                        current.map(role.organization().id()::equals).orElse(false)))
                .toList();
        return new SettingsViews.Nav(basePath, section, user.username().value(), session.csrfToken(),
                current.map(OrgId::value), options, mayAdministerResources);
    }
}
