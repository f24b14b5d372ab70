package dk.kriminalforsorgen.mentorordning.statusreport.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.web.LayoutModelAdvice;
import dk.kriminalforsorgen.mentorordning.shared.web.PdfDocuments;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.CourseReportService;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.MentorCourseExtras;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.MentorReportService;

/**
 * The report controllers alone (no database, no security filters, pages not rendered, see {@link ControllerSlice}):
 * the caseworker's and the mentor's controller with mocks of what they call. Both test classes extend this one, so
 * they share one slice context instead of starting one each.
 */
@WebMvcTest(controllers = {CourseReportController.class, MyCoursesController.class}, useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({CourseReportController.class, MyCoursesController.class, LayoutModelAdvice.class, ControllerSlice.class})
abstract class ReportControllerSliceTest {

    @Autowired
    MockMvc mvc;

    /** The caseworker's reports ({@link CourseReportController}). */
    @MockitoBean
    CourseReportService courseReports;

    /** The report's PDF (issue 12), not tested here. */
    @MockitoBean
    PdfDocuments pdf;

    @MockitoBean
    ReferenceData referenceData;

    /** The mentor's reports ({@link MyCoursesController}). */
    @MockitoBean
    MentorReportService mentorReports;

    @MockitoBean
    MentorCourseExtras extras;
}
