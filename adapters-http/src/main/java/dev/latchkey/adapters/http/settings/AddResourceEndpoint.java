package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.application.admin.AddResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /settings/resources/add}: puts an MCP server behind the gateway at {@code /mcp/NAME}, as
 * {@code resources add NAME --upstream URL --scopes ...} does. A name already taken is refused, never
 * replaced, from this form.
 */
final class AddResourceEndpoint implements Endpoint {

    private final AddResource addResource;
    private final SettingsChannel channel;
    private final ResourcesPageEndpoint page;

    AddResourceEndpoint(AddResource addResource, SettingsChannel channel, ResourcesPageEndpoint page) {
        this.addResource = addResource;
        this.channel = channel;
        this.page = page;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<SettingsChannel.Submission> submission = channel.submission(exchange, ResourcesPageEndpoint.PATH,
                "resources", Optional.empty());
        if (submission.isEmpty()) {
            return;
        }
        Viewer viewer = submission.get().viewer();
        var form = submission.get().form();
        ResourcesPageEndpoint.Typed typed = new ResourcesPageEndpoint.Typed(form.get("name").orElse(""),
                form.get("upstream").orElse(""), form.get("scopes").orElse(""));
        Parsed<ResourceName> name = Parsed.of(typed.name().strip(), ResourceName::new);
        Parsed<Upstream> upstream = typed.upstream().isBlank()
                ? new Parsed.Invalid<>("Give the upstream URL: the MCP server's own address, such as"
                        + " http://127.0.0.1:3000/mcp.")
                : Parsed.attempt(() -> new Upstream(Upstream.parseUrl(typed.upstream()), List.of(), false));
        Parsed<ScopeSet> scopes = Parsed.of(typed.scopes().isBlank() ? "mcp:use" : typed.scopes(), ScopeSet::parse);
        Optional<String> problem = firstProblem(name, upstream, scopes);
        if (problem.isPresent()) {
            page.show(exchange, 422, viewer, typed, problem, Optional.empty());
            return;
        }
        switch (addResource.add(new AddResource.Command(viewer.id(), name.orElseThrow(),
                new ResourceTarget.Gateway(upstream.orElseThrow()), scopes.orElseThrow(), false))) {
            case AddResource.Added added -> channel.redirect(exchange,
                    Notices.after(ResourcesPageEndpoint.PATH, Notices.RESOURCE_ADDED));
            case AddResource.Rejected rejected -> page.show(exchange, 422, viewer, typed,
                    Optional.of(forThePage(rejected.reason())), Optional.empty());
            case AddResource.Forbidden forbidden -> channel.pages.forbidden(exchange,
                    viewer.nav(channel.basePath, "resources", Optional.empty()), forbidden.reason());
        }
    }

    private static Optional<String> firstProblem(Parsed<?>... fields) {
        for (Parsed<?> field : fields) {
            if (field instanceof Parsed.Invalid<?> invalid) {
                return Optional.of(sentence(invalid.reason()));
            }
        }
        return Optional.empty();
    }

    /** The use case speaks of command-line flags; on this page they are fields. */
    private static String forThePage(String reason) {
        return reason.replace("--scopes", "Scopes").replace("add --replace to change it", "remove it first")
                .replace("use --upstream with", "give");
    }

    private static String sentence(String reason) {
        String sentence = reason.endsWith(".") ? reason : reason + ".";
        return sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }
}
