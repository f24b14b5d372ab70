package dk.kriminalforsorgen.mentorordning.shared;

/**
 * Every legal rule of the mentor scheme (DOMAIN.md §3-6), with its paragraph of the circular
 * (Cirkulære om kriminalforsorgens mentorordning, 2019) and a short Danish title. Every refusal,
 * outcome and test refers to a constant here; {@code docs/rules.md} is generated from this type.
 */
public enum Rule implements Ground {

    E1("§2 nr. 1", "Risikoniveau mellem, høj eller meget høj efter LS/RNR"),
    E2("§2 nr. 2", "Særligt behov for støtte og vejledning"),
    E3("§2 nr. 3", "Motiveret for et mentorforløb"),
    E4("§§2-4", "Under tilsyn, i udslusning eller på frivilligt tilsyn"),
    E5("§3 stk. 1", "Indsatte tidligst 3 måneder før forventet løsladelse"),
    E6("§3 stk. 2", "Forløbet fortsætter som udgangspunkt efter løsladelsen"),
    E7("§4 stk. 1", "Løsladt på endt straf med frivilligt tilsyn"),
    E8("§4 stk. 2", "Forløbet kan fortsætte, når tilsynet ophører"),
    E9(null, "Klienter i målgruppen skal tilbydes en mentor", "Nyhed 2019"),

    M1("§5 stk. 1 nr. 1", "Mentoren er fyldt 18 år"),
    M2("§5 stk. 1 nr. 2", "Mentoren forstår og taler dansk"),
    M3("§5 stk. 1 nr. 3", "Mentoren vil samarbejde"),
    M4("§5 stk. 1 nr. 4", "Mentoren vil dokumentere arbejdet"),
    M5("§5 stk. 2", "Ansatte ikke for klienter på eget tjenestested"),
    M6("§5 stk. 3", "Ingen nærtstående eller nær omgangskreds"),
    M7("§6", "Kriminalregisteret kun med skriftligt samtykke"),
    M8("§7 stk. 2", "Registrerede kandidater kræver direktoratets godkendelse"),
    M9("§8", "Tavshedspligt og underretningspligt"),
    M10("§15", "Højst en halvtidsstilling i alt"),

    C1("§7 stk. 1", "Det kompetente område træffer afgørelserne"),
    C2("§10", "Overdragelse til det kompetente område"),
    C3("§11", "Klienten kan foreslå en mentor"),
    C4("§9", "Handleplan før etablering"),
    C5("§12", "Opstartsmøde"),
    C6("§13 stk. 1", "Opgavefordeling mellem mentor og kriminalforsorgen"),
    C7("§13 stk. 2", "En forløbsansvarlig"),
    C8("§13 stk. 3-4", "Opfølgningsmøde hver tredje måned"),
    C9("§14 stk. 1-2", "Honorar efter opgavens omfang"),
    C10("§14 stk. 3", "Intet tilskud til transport, telefon og porto"),
    C11("§16", "Tilskud til aktiviteter med et pædagogisk formål"),
    C12("§19", "Ophør af forløbet"),
    C13("§3 stk. 2, §4 stk. 2", "Forløbet ophører ikke stiltiende ved løsladelse eller tilsynets ophør"),

    S1("§17 stk. 1 nr. 1", "Månedlig statusrapport"),
    S2("§17 stk. 2", "Én skabelon for statusrapporter"),
    S3("§17 stk. 1 nr. 2", "Kvartalsrapport før opfølgningsmødet"),
    S4("§8 stk. 2", "Underretningspligt");

    private final String paragraph;
    private final String title;
    private final String source;

    Rule(String paragraph, String title) {
        this(paragraph, title, null);
    }

    Rule(String paragraph, String title, String source) {
        this.paragraph = paragraph;
        this.title = title;
        this.source = source;
    }

    @Override
    public String id() {
        return name();
    }

    @Override
    public String paragraph() {
        return paragraph;
    }

    @Override
    public String title() {
        return title;
    }

    /** Where the rule comes from when it is not a paragraph of the circular (E9: the service's news of 2019). */
    public String source() {
        return paragraph != null ? "Cirkulære om kriminalforsorgens mentorordning " + paragraph : source;
    }

    /** The section of DOMAIN.md: E (eligibility), M (mentor), C (course) or S (status report). */
    public char family() {
        return name().charAt(0);
    }
}
