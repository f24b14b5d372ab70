package dk.kriminalforsorgen.mentorordning.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Issue 16 (defect 10): the error summary lists the errors in a stable order, the order of the fields on
 * the form. Bean Validation reports its violations as a set, so without this the order changed on every
 * submit. Errors without a field come first, then the field errors in the order the form class declares
 * its fields (a nested path such as {@code goals[1].description} by the list's position, the index and the
 * element's field), which the forms follow. Used by {@code fragments/forms :: errorSummary}.
 */
@Component("formErrorOrder")
public class FormErrorOrder {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[[^\\]]*])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Map<Class<?>, List<String>> FIELDS = new ConcurrentHashMap<>();

    public List<DetailedError> sorted(List<DetailedError> errors, Object form) {
        List<Keyed> keyed = new ArrayList<>();
        BeanWrapper bean = form == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(form);
        for (DetailedError error : errors) {
            keyed.add(new Keyed(error, error.isGlobal() || bean == null ? List.of() : key(bean, form, error.getFieldName())));
        }
        keyed.sort(Comparator.<Keyed, Boolean>comparing(k -> !k.error().isGlobal())
                .thenComparing(Keyed::key, FormErrorOrder::compare)
                .thenComparing(k -> String.valueOf(k.error().getMessage())));
        return keyed.stream().map(Keyed::error).toList();
    }

    private record Keyed(DetailedError error, List<Integer> key) {
    }

    /** Position of each segment of the path: the field's rank in its class, then any list index. */
    private static List<Integer> key(BeanWrapper bean, Object form, String path) {
        List<Integer> key = new ArrayList<>();
        Class<?> type = form.getClass();
        StringBuilder prefix = new StringBuilder();
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            int rank = type == null ? -1 : fields(type).indexOf(segment.group(1));
            key.add(rank < 0 ? Integer.MAX_VALUE : rank);
            Matcher index = INDEX.matcher(segment.group(2));
            while (index.find()) {
                key.add(Integer.parseInt(index.group(1)));
            }
            prefix.append(prefix.isEmpty() ? "" : ".").append(segment.group());
            type = typeOf(bean, prefix.toString());
        }
        return key;
    }

    private static Class<?> typeOf(BeanWrapper bean, String path) {
        try {
            Object value = bean.getPropertyValue(path);
            return value == null ? null : value.getClass();
        } catch (RuntimeException notReadable) {
            return null;
        }
    }

    /** The field names in declaration order, superclass first (records: their components). */
    static List<String> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<String> names = new ArrayList<>();
            if (t.isRecord()) {
                for (RecordComponent component : t.getRecordComponents()) {
                    names.add(component.getName());
                }
                return names;
            }
            Deque<Class<?>> chain = new ArrayDeque<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                chain.push(c);
            }
            for (Class<?> c : chain) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                        names.add(field.getName());
                    }
                }
            }
            return names;
        });
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
