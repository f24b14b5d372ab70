package dk.kriminalforsorgen.mentorordning.shared.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Issue 16 (WCAG 2.4.2): a page whose form came back with errors says so first in its title,
 * "Fejl: Opret klient – Mentorordning", so a screen reader user hears it when the page loads. Done once
 * for every page: the document's {@code <title>} in {@code <head>} gets the prefix when any form on the
 * page ({@link BindingResult} in the model) has errors; the pages' own titles stay as they are.
 */
@Component
public class ErrorTitleDialect extends AbstractDialect implements IPostProcessorDialect {

    static final String PREFIX_KEY = "form.errorPrefix";

    public ErrorTitleDialect() {
        super("errorTitle");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** Prefixes the text of the first {@code <title>} inside {@code <head>} when the page has form errors. */
    public static final class Handler extends AbstractTemplateHandler {

        private boolean inHead;
        private boolean inTitle;
        private boolean done;

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            done = !hasFormErrors(context);
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (!done) {
                if ("head".equalsIgnoreCase(tag.getElementCompleteName())) {
                    inHead = true;
                } else if (inHead && "title".equalsIgnoreCase(tag.getElementCompleteName())) {
                    inTitle = true;
                }
            }
            super.handleOpenElement(tag);
        }

        @Override
        public void handleText(IText text) {
            if (inTitle && !done) {
                done = true;
                String prefix = getContext().getMessage(ErrorTitleDialect.class, PREFIX_KEY, null, false);
                super.handleText(getContext().getModelFactory().createText((prefix == null ? "Fejl:" : prefix) + " "
                        + text.getText()));
                return;
            }
            super.handleText(text);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if ("title".equalsIgnoreCase(tag.getElementCompleteName())) {
                inTitle = false;
            } else if ("head".equalsIgnoreCase(tag.getElementCompleteName())) {
                inHead = false;
                done = true;
            }
            super.handleCloseElement(tag);
        }

        private static boolean hasFormErrors(ITemplateContext context) {
            for (String name : context.getVariableNames()) {
                if (name.startsWith(BindingResult.MODEL_KEY_PREFIX)
                        && context.getVariable(name) instanceof Errors errors && errors.hasErrors()) {
                    return true;
                }
            }
            return false;
        }
    }
}
