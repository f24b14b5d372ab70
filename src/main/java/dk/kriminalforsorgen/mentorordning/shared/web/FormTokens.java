package dk.kriminalforsorgen.mentorordning.shared.web;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * CI3: every POST form rendered with {@code th:action} gets a hidden one-time token
 * ({@value #PARAMETER}), next to the CSRF token, without touching any template: Thymeleaf asks the
 * application's {@link RequestDataValueProcessor} for extra hidden fields, and this wraps Spring
 * Security's (which adds {@code _csrf}). {@link FormOnceInterceptor} lets each token through once.
 */
@Configuration(proxyBeanMethods = false)
public class FormTokens {

    public static final String PARAMETER = "_once";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && token.matches("[0-9a-f]{32}");
    }

    @Bean
    static BeanPostProcessor formTokenFields() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(beanName)) {
                    return new WithFormToken(processor);
                }
                return bean;
            }
        };
    }

    /** Spring Security's processor plus the one-time token. */
    record WithFormToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = new HashMap<>();
            Map<String, String> others = delegate.getExtraHiddenFields(request);
            if (others != null) {
                fields.putAll(others);
            }
            fields.put(PARAMETER, newToken());
            return fields;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
