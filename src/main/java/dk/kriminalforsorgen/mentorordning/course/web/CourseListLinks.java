package dk.kriminalforsorgen.mentorordning.course.web;

import org.springframework.web.util.UriComponentsBuilder;

import dk.kriminalforsorgen.mentorordning.course.CourseState;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries.Sort;

/**
 * The course list's links (issue 16): the filters and order in the query string (they hold no personal
 * data; the name search is kept in the session, DP3), each column's sort link and its aria-sort.
 */
public record CourseListLinks(CourseState state, boolean mineOnly, Sort sort, boolean descending) {

    /** The list as it is, for the pager. */
    public String current() {
        return url(sort, descending);
    }

    /** Issue 12: the list as a spreadsheet, with the same filters and order (the name search is in the session). */
    public String export() {
        return url(sort, descending).replaceFirst("^/forloeb", "/forloeb/eksport.csv");
    }

    /** The column's sort link: ascending, or descending when the list is already sorted by it ascending. */
    public String sortUrl(String column) {
        Sort target = Sort.fromParameter(column);
        return url(target, target == sort && !descending);
    }

    /** "ascending" or "descending" for the column the list is sorted by; null (no attribute) for the others. */
    public String ariaSort(String column) {
        if (Sort.fromParameter(column) != sort || sort == Sort.NEWEST) {
            return null;
        }
        return descending ? "descending" : "ascending";
    }

    private String url(Sort by, boolean down) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/forloeb");
        if (state != null) {
            url.queryParam("tilstand", state.name());
        }
        if (mineOnly) {
            url.queryParam("mine", "true");
        }
        if (by != Sort.NEWEST) {
            url.queryParam("sortering", by.parameter());
        }
        if (down) {
            url.queryParam("retning", "ned");
        }
        return url.build().toUriString();
    }
}
