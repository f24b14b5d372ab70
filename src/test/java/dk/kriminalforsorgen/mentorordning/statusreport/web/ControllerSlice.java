package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * What the report controllers' slice tests share: pages are not rendered (the templates and the
 * layout's collaborators are tested by the integration and browser tests); a view name resolves to
 * a view that writes nothing, so a test checks the view name, the model and the form's errors.
 */
@TestConfiguration(proxyBeanMethods = false)
class ControllerSlice {

    @Bean
    ViewResolver unrenderedViews() {
        return new UnrenderedViews();
    }

    /** First of the resolvers; "redirect:" is left to the next one. */
    static final class UnrenderedViews implements ViewResolver, Ordered {

        @Override
        public View resolveViewName(String viewName, Locale locale) {
            if (viewName.startsWith("redirect:")) {
                return null;
            }
            return new View() {
                @Override
                public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
                    // nothing: the test reads the view name and the model
                }
            };
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
