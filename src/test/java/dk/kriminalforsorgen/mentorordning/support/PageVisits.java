package dk.kriminalforsorgen.mentorordning.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Pages, each visited by a signed-in session, measured for the tests that prove a page stays bounded when
 * the data behind it grows (issue 10, no N+1): its status, the SQL statements it runs ({@link SqlStatementCounter})
 * and the size of its HTML. Each page is named "who path", e.g. {@code "caseworker /klienter"}.
 */
public final class PageVisits {

    /** One visit of a page: its status, SQL statements, transactions ended (commits and rollbacks) and HTML size. */
    public record Measure(int status, int statements, int transactions, int bytes) {
    }

    /**
     * The header's unread count, kept per user for 10 s (UnreadCounts): whether the measured visit reads it depends
     * on how long ago another page did (a loaded machine made the same page count 3 and then 2), so it is not counted.
     */
    private static final String HEADER_COUNT = "select count(*) from notice where recipient_user_id = ?";

    private final MockMvc mvc;
    private final Map<String, MockHttpSession> pages = new LinkedHashMap<>();

    public PageVisits(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The paths (with their query) that {@code who}'s session visits. */
    public PageVisits as(String who, MockHttpSession session, String... paths) {
        for (String path : paths) {
            pages.put(who + " " + path, session);
        }
        return this;
    }

    /** Visits every page twice, the first to warm the caches, and measures the second. */
    public Map<String, Measure> measure() throws Exception {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (Map.Entry<String, MockHttpSession> page : pages.entrySet()) {
            String path = page.getKey().substring(page.getKey().indexOf(' ') + 1);
            mvc.perform(get(path).session(page.getValue()));
            MvcResult[] result = new MvcResult[1];
            SqlStatementCounter.Traffic traffic = SqlStatementCounter.traffic(
                    () -> result[0] = mvc.perform(get(path).session(page.getValue())).andReturn());
            int statements = (int) traffic.statements().stream().filter(sql -> !sql.startsWith(HEADER_COUNT)).count();
            measures.put(page.getKey(), new Measure(result[0].getResponse().getStatus(), statements,
                    traffic.transactionEnds(), result[0].getResponse().getContentAsByteArray().length));
        }
        return measures;
    }

    /** The SQL statements each page runs. */
    public Map<String, Integer> statements() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        measure().forEach((page, measure) -> counts.put(page, measure.statements()));
        return counts;
    }
}
