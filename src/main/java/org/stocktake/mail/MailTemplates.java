package org.stocktake.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The messages' text: each is written twice, {@code templates/mail/<name>.txt} (plain text) and
 * {@code templates/mail/<name>.html}, and rendered by a Thymeleaf engine of its own, so that the command line renders
 * them the same as the portal.
 */
@Component
class MailTemplates {

    /** A message's plain-text and HTML alternatives. */
    record Rendered(String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    Rendered render(String name, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        return new Rendered(engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }
}
