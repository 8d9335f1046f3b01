package org.disclosure.pipeline.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A document that needs OCR gets its base budget plus an allowance for each page to OCR. */
class WorkerDeadlineTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final WorkRequest REQUEST = new WorkRequest("job", "scan.pdf", "0", 0, "2026-01-01T00:00:00Z", "work");

    @Test
    void theBudgetGrowsWithThePagesToOcr() {
        WorkerLimits limits = new WorkerLimits(2, "768m", Duration.ofSeconds(300), Duration.ofSeconds(60), 200,
                Duration.ofSeconds(15));
        assertThat(limits.timeoutFor(0)).isEqualTo(Duration.ofSeconds(300));
        assertThat(limits.timeoutFor(200)).isEqualTo(Duration.ofSeconds(3300));
        assertThat(new WorkerLimits(1, "512m", BASE, BASE, 1).ocrPageAllowance())
                .isEqualTo(WorkerLimits.OCR_PAGE_ALLOWANCE);
    }

    @Test
    void aWorkerThatSaysItHasPagesToOcrIsGivenTheirAllowance() throws Exception {
        List<WorkReply> progress = new ArrayList<>();
        try (WorkerProcess worker = WorkerProcess.start(command(2, 3000), Duration.ofSeconds(60))) {
            WorkReply reply = worker.run(REQUEST, pages -> BASE.plus(Duration.ofSeconds(5).multipliedBy(pages)),
                    progress::add);
            assertThat(reply.status()).isEqualTo(WorkReply.DONE);
        }
        assertThat(progress).extracting(WorkReply::pagesDone).containsExactly(0, 2);
        assertThat(progress).extracting(WorkReply::pagesTotal).containsExactly(2, 2);
    }

    @Test
    void withoutAnAllowanceTheSameWorkerIsOverBudget() throws Exception {
        try (WorkerProcess worker = WorkerProcess.start(command(2, 3000), Duration.ofSeconds(60))) {
            WorkerLost lost = catchThrowableOfType(WorkerLost.class,
                    () -> worker.run(REQUEST, pages -> BASE, reply -> { }));
            assertThat(lost.lostBecause()).isEqualTo(WorkerLost.Cause.TIMED_OUT);
        }
    }

    private static List<String> command(int pages, long millis) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SlowScanWorker.class.getName(), Integer.toString(pages),
                Long.toString(millis));
    }
}
