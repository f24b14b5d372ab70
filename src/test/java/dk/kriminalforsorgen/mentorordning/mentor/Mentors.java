package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;

/** Test factories named by state (DESIGN §4): mentors and their facts. */
public final class Mentors {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    public static final RegistryProperties PROPERTIES = RegistryProperties.defaults();

    private Mentors() {
    }

    public static MentorProfile profile() {
        return new MentorProfile("Anne", "Sørensen", LocalDate.of(1970, 4, 2), "anne@example.dk", "20304050",
                "Nørregade 1", "2200", "København N", 1L, true, TODAY.minusMonths(2), TODAY.minusMonths(2),
                TODAY.minusMonths(2), null, new BigDecimal("10"), null, Set.of(NeedArea.EDUCATION_EMPLOYMENT),
                Set.of(TaskGroup.PRACTICAL), Set.of("en"));
    }

    public static MentorProfile profileBornOn(LocalDate birthDate) {
        MentorProfile p = profile();
        return new MentorProfile(p.firstName(), p.lastName(), birthDate, p.email(), p.phone(), p.address(),
                p.postalCode(), p.city(), p.homeAreaId(), p.speaksDanish(), p.cooperationDeclaredOn(),
                p.documentationDeclaredOn(), p.confidentialitySignedOn(), p.employeeUnitId(), p.hoursPerWeek(),
                p.trainingCompletedOn(), p.needAreas(), p.taskGroups(), p.languages());
    }

    public static Mentor applicant() {
        return Mentor.apply(profile(), null, "tovholder", NOW, TODAY, "Ansøgning modtaget");
    }

    public static Mentor vetting() {
        Mentor m = applicant();
        m.recordConsent(1L, TODAY.minusDays(10), "tovholder", NOW, TODAY);
        return m;
    }

    public static Mentor checked(RecordResult result) {
        Mentor m = vetting();
        m.recordCheck(TODAY.minusDays(5), result, result == RecordResult.REGISTERED ? "Betinget dom 2015" : null,
                "tovholder", NOW, TODAY);
        return m;
    }

    /** In vetting with a check made on the given day (consent well before it). */
    public static Mentor checkedOn(LocalDate checkedOn, RecordResult result) {
        Mentor m = applicant();
        m.recordConsent(1L, checkedOn.minusDays(7), "tovholder", NOW, TODAY);
        m.recordCheck(checkedOn, result, null, "tovholder", NOW, TODAY);
        return m;
    }

    public static Mentor approved() {
        Mentor m = checked(RecordResult.NOT_REGISTERED);
        m.approve("Egnet efter samtale", "tovholder", NOW, TODAY, PROPERTIES);
        return m;
    }

    public static Mentor awaitingDirectorate() {
        Mentor m = checked(RecordResult.REGISTERED);
        m.flagForDirectorate("Forholdet er gammelt og uden betydning", "tovholder", NOW, TODAY, PROPERTIES);
        return m;
    }

    /** Facts of an approved mentor who meets every rule for {@link #client()} today. */
    public static FactsBuilder eligibleFacts() {
        return new FactsBuilder();
    }

    public static ClientFacts client() {
        return new ClientFacts(7L, "Klient K.", 1L, 104L, null, Set.of(NeedArea.EDUCATION_EMPLOYMENT), "ar", "2200");
    }

    public static final class FactsBuilder {
        MentorStatus status = MentorStatus.APPROVED;
        LocalDate birthDate = LocalDate.of(1980, 1, 1);
        boolean danish = true;
        LocalDate cooperation = TODAY.minusMonths(1);
        LocalDate documentation = TODAY.minusMonths(1);
        LocalDate confidentiality = TODAY.minusMonths(1);
        Long employeeUnit;
        LocalDate consent = TODAY.minusMonths(2);
        LocalDate checked = TODAY.minusMonths(1);
        RecordResult result = RecordResult.NOT_REGISTERED;
        boolean directorateApproved;
        LocalDate unavailableUntil;
        BigDecimal agreedHours = BigDecimal.ZERO;
        boolean closeRelation;
        boolean exception;

        public FactsBuilder status(MentorStatus s) { status = s; return this; }
        public FactsBuilder birthDate(LocalDate d) { birthDate = d; return this; }
        public FactsBuilder danish(boolean d) { danish = d; return this; }
        public FactsBuilder cooperation(LocalDate d) { cooperation = d; return this; }
        public FactsBuilder documentation(LocalDate d) { documentation = d; return this; }
        public FactsBuilder confidentiality(LocalDate d) { confidentiality = d; return this; }
        public FactsBuilder employeeUnit(Long u) { employeeUnit = u; return this; }
        public FactsBuilder consent(LocalDate d) { consent = d; return this; }
        public FactsBuilder checked(LocalDate d) { checked = d; return this; }
        public FactsBuilder result(RecordResult r) { result = r; return this; }
        public FactsBuilder directorateApproved(boolean a) { directorateApproved = a; return this; }
        public FactsBuilder unavailableUntil(LocalDate d) { unavailableUntil = d; return this; }
        public FactsBuilder agreedHours(String h) { agreedHours = new BigDecimal(h); return this; }
        public FactsBuilder closeRelation(boolean c) { closeRelation = c; return this; }
        public FactsBuilder exception(boolean e) { exception = e; return this; }

        public MentorFacts build() {
            return new MentorFacts(1L, status, birthDate, danish, cooperation, documentation, confidentiality,
                    employeeUnit, consent, checked, result, directorateApproved, unavailableUntil, agreedHours,
                    closeRelation, exception);
        }
    }
}
