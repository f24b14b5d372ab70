package dk.kriminalforsorgen.mentorordning.course;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C10 (§14 stk. 3): the reviewed Danish words that show an expense described as an activity is really
 * transport, telephone, postage or the like. A purpose is compared word by word (whole words, so "buske"
 * is not "bus" and "mobilitet" is not "mobil"), with the inflected forms and the common compounds listed
 * one by one; a hyphenated word is compared whole and by its parts ("s-toget"). The expense type chosen
 * on the form classifies first; this list only catches an activity whose purpose names such an expense.
 * Add a word with its forms here and a case to {@code CourseRulesTest}.
 */
final class ExpenseWords {

    /** Transport (§14 stk. 3): tickets, cards, fuel, taxis, mileage. */
    private static final Set<String> TRANSPORT = Set.of(
            "transport", "transporten", "transportudgift", "transportudgiften", "transportudgifter",
            "bus", "bussen", "busser", "busserne", "busbillet", "busbilletten", "busbilletter", "buskort", "buskortet",
            "bustur", "busturen", "busture", "tog", "toget", "togene", "togbillet", "togbilletten", "togbilletter",
            "togrejse", "togrejsen", "togtur", "togturen", "s-tog", "s-toget", "metro", "metroen", "metrokort",
            "metrokortet", "metrobillet", "metrobilletten", "letbane", "letbanen", "færge", "færgen", "færgebillet",
            "færgebilletten", "taxa", "taxaen", "taxaer", "taxi", "taxien", "taxier", "taxatur", "taxaregning",
            "benzin", "benzinen", "benzinpenge", "diesel", "brændstof", "brændstoffet", "kørsel", "kørslen",
            "kørselsgodtgørelse", "kørselsgodtgørelsen", "kørselspenge", "kilometerpenge", "befordring",
            "befordringen", "befordringsudgift", "befordringsudgifter", "rejsekort", "rejsekortet", "månedskort",
            "månedskortet", "pendlerkort", "pendlerkortet", "periodekort", "periodekortet", "ungdomskort",
            "ungdomskortet", "flybillet", "flybilletten", "flybilletter", "parkering", "parkeringen", "p-billet",
            "p-afgift", "broafgift", "brobizz", "dsb", "movia", "midttrafik", "fynbus", "sydtrafik");

    /** Telephone (§14 stk. 3): the telephone, its subscription and call time. */
    private static final Set<String> TELEPHONE = Set.of(
            "telefon", "telefonen", "telefoner", "telefonregning", "telefonregningen", "telefonabonnement",
            "telefonabonnementet", "mobil", "mobilen", "mobiltelefon", "mobiltelefonen", "mobilabonnement",
            "mobilabonnementet", "mobilregning", "mobilregningen", "taletid", "taletiden", "taletidskort",
            "taletidskortet", "simkort", "simkortet", "sim-kort", "sim-kortet");

    /** Postage (§14 stk. 3): stamps and sending. */
    private static final Set<String> POSTAGE = Set.of(
            "porto", "portoen", "pakkeporto", "brevporto", "frimærke", "frimærket", "frimærker", "frimærkerne",
            "forsendelse", "forsendelsen", "forsendelser", "fragt", "fragten");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private ExpenseWords() {
    }

    /** The first word of the purpose that names transport, telephone or postage, as written; empty if none. */
    static Optional<String> refusedWord(String purpose) {
        if (purpose == null) {
            return Optional.empty();
        }
        Matcher words = WORD.matcher(purpose);
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(DANISH);
            if (refused(lower)) {
                return Optional.of(word);
            }
            if (lower.contains("-")) {
                for (String part : lower.split("-")) {
                    if (refused(part)) {
                        return Optional.of(word);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean refused(String word) {
        return TRANSPORT.contains(word) || TELEPHONE.contains(word) || POSTAGE.contains(word);
    }
}
