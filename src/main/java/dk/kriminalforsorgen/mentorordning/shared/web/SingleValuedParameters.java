package dk.kriminalforsorgen.mentorordning.shared.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * IN3: a parameter sent more than once with different values ({@code status=A&status=B}, a form field
 * duplicated by hand) is refused with the Danish 400 page and its correlation id, instead of the
 * binding silently taking one value or joining them with a comma. A parameter may come more than once
 * only where the handler takes several: a {@code @RequestParam} collection or array, or a collection or
 * array field of its form (a group of check boxes), with the binder's {@code _field} marker. Indexed
 * and nested names ({@code goals[0].text}) are unique by construction and left to the binder.
 */
@Component
class SingleValuedParameters implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SingleValuedParameters.class);
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, Set<String>> multiValued = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // before FormOnceInterceptor claims a form token for a request that is refused anyway
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true; // the error page of a refused request has the same parameters: let it render
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String[] values = parameter.getValue();
            if (values.length > 1 && Arrays.stream(values).distinct().count() > 1
                    && !mayRepeat(parameter.getKey(), multiValued.computeIfAbsent(method, SingleValuedParameters::multiValued))) {
                // AU4: the logged name is attacker's text; the structured (JSON) log escapes it.
                log.warn("Request refused with 400: parameter {} sent {} times with different values",
                        parameter.getKey(), values.length);
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return false;
            }
        }
        return true;
    }

    private static boolean mayRepeat(String name, Set<String> multiValued) {
        String field = name.startsWith("_") || name.startsWith("!") ? name.substring(1) : name;
        return field.contains("[") || field.contains(".") || multiValued.contains(field);
    }

    /** The names the handler binds to a collection or array: its request parameters and its forms' fields. */
    private static Set<String> multiValued(HandlerMethod method) {
        Set<String> names = new HashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null || BeanUtils.isSimpleProperty(type)) {
                String name = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name()
                        : parameter.getParameterName();
                if (name != null && (Map.class.isAssignableFrom(type) || multiple(type))) {
                    names.add(name);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || !isFramework(type)) {
                names.addAll(multiValuedFields(type));
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> multiValuedFields(Class<?> form) {
        Set<String> names = new HashSet<>();
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                if (multiple(component.getType())) {
                    names.add(component.getName());
                }
            }
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
            if (multiple(property.getPropertyType())) {
                names.add(property.getName());
            }
        }
        return names;
    }

    private static boolean multiple(Class<?> type) {
        return type != null && (type.isArray() || Collection.class.isAssignableFrom(type));
    }

    private static boolean isFramework(Class<?> type) {
        String name = type.getName();
        return type.isPrimitive() || name.startsWith("java.") || name.startsWith("jakarta.")
                || name.startsWith("org.springframework.");
    }
}
