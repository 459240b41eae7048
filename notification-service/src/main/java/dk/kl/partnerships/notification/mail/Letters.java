package dk.kl.partnerships.notification.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders a message from its two templates: {@code <name>.html} and {@code <name>.txt}, in
 * {@code templates/mail/} or, where configured, in a directory whose templates take precedence.
 * The plain-text template's first line is the subject ({@code Emne: ...}); a blank line follows.
 */
@Component
public class Letters {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final String SUBJECT = "Emne:";

    private final TemplateEngine engine = new TemplateEngine();

    Letters(MailSettings settings) {
        int order = 1;
        if (!settings.templates().isBlank()) {
            String directory = settings.templates().endsWith("/") ? settings.templates() : settings.templates() + "/";
            engine.addTemplateResolver(resolver(new FileTemplateResolver(), directory, TemplateMode.HTML, order++));
            engine.addTemplateResolver(resolver(new FileTemplateResolver(), directory, TemplateMode.TEXT, order++));
        }
        engine.addTemplateResolver(
                resolver(new ClassLoaderTemplateResolver(), "templates/mail/", TemplateMode.HTML, order++));
        engine.addTemplateResolver(
                resolver(new ClassLoaderTemplateResolver(), "templates/mail/", TemplateMode.TEXT, order));
    }

    private static AbstractConfigurableTemplateResolver resolver(
            AbstractConfigurableTemplateResolver resolver, String prefix, TemplateMode mode, int order) {
        resolver.setPrefix(prefix);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(mode == TemplateMode.HTML ? "*.html" : "*.txt"));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** The subject, HTML and plain text of a message. */
    public record Rendered(String subject, String html, String text) {}

    public Rendered render(String template, Map<String, Object> model) {
        Context context = new Context(DANISH, model);
        String text = engine.process(template + ".txt", context).stripLeading();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (!first.startsWith(SUBJECT)) {
            throw new IllegalStateException(
                    "The template " + template + ".txt must begin with a line \"" + SUBJECT + " ...\"");
        }
        String subject = first.substring(SUBJECT.length()).strip();
        String body = end < 0 ? "" : text.substring(end + 1).strip() + "\n";
        return new Rendered(subject, engine.process(template + ".html", context), body);
    }

    /** A page of the service's own (the unsubscribe pages), from an HTML template. */
    public String page(String template, Map<String, Object> model) {
        return engine.process(template + ".html", new Context(DANISH, model));
    }
}
