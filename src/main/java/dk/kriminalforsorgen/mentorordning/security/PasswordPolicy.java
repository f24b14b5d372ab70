package dk.kriminalforsorgen.mentorordning.security;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * AS1: 15 to 128 characters, no composition rules, and not a known breached or common password, compared
 * without regard to case: the top 100,000 passwords of real breaches (the {@code passwords} dictionary shipped
 * in nbvcxz, me.gosimple:nbvcxz) and the project's own list of Danish and local guesses
 * ({@code security/common-passwords.txt}).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    public void check(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw Refusal.onField(Check.PASSWORD, field, "password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw Refusal.onField(Check.PASSWORD, field, "password.tooLong", MAX_LENGTH);
        }
        if (isCommon(password)) {
            throw Refusal.onField(Check.PASSWORD, field, "password.common");
        }
    }

    /** Whether the password is on the lists (without regard to case). */
    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords).keySet()
                .forEach(word -> words.add(word.toLowerCase(Locale.ROOT)));
        ClassPathResource list = new ClassPathResource("security/common-passwords.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
