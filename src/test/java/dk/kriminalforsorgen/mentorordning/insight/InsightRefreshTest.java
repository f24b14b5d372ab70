package dk.kriminalforsorgen.mentorordning.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;

/**
 * The insight refresh summarises the whole data set: at ten times national scale on a busy machine one of its
 * statements can take longer than a page may (AV2's 10 s), and the first build at start-up must not stop the
 * application when it fails.
 */
class InsightRefreshTest extends IntegrationTestBase {

    @Autowired
    InsightAggregates aggregates;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRebuildRunsWithTheJobsStatementTimeoutNotThePagesOne() {
        String during = transactions.execute(status -> {
            aggregates.rebuild();
            return jdbc.queryForObject("show statement_timeout", String.class);
        });
        String outside = jdbc.queryForObject("show statement_timeout", String.class);

        assertThat(during).isEqualTo("5min");
        assertThat(outside).as("the pages' timeout on the next use of the connection").isEqualTo("10s");
    }

    @Test
    void aFirstBuildThatFailsDoesNotStopTheStart() {
        InsightRefresh refresh = mock(InsightRefresh.class);
        doThrow(new QueryTimeoutException("canceling statement due to statement timeout")).when(refresh).refresh();
        InsightAggregates neverBuilt = mock(InsightAggregates.class);
        when(neverBuilt.neverBuilt()).thenReturn(true);
        ApplicationRunner firstRefresh = new InsightConfiguration().insightFirstRefresh(refresh, neverBuilt, new MockEnvironment());

        assertThatCode(() -> firstRefresh.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
        verify(refresh).refresh();
    }
}
