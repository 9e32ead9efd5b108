package dev.latchkey.adapters.http.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders pages from the jte templates precompiled at build time (auto-escaping HTML). Nothing is
 * compiled at run time, and no page is ever assembled by string concatenation.
 */
public final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "dev.latchkey.adapters.http.ui.templates");

    public String signIn(Views.SignInPage page) {
        return render("sign-in.jte", page);
    }

    public String consent(Views.ConsentPage page) {
        return render("consent.jte", page);
    }

    public String error(Views.ErrorPage page) {
        return render("error.jte", page);
    }

    public String home(Views.HomePage page) {
        return render("home.jte", page);
    }

    /**
     * Renders {@code template}, a path under {@code src/main/jte} such as {@code settings/apps.jte}, with
     * its page record. Other packages of this adapter keep their typed page methods next to their views.
     */
    public String render(String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        return output.toString();
    }
}
