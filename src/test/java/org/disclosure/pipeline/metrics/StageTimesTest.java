package org.disclosure.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageTimesTest {

    @TempDir
    Path folder;

    @Test
    void aWorkersShareIsDrainedOnceAndCountsInTheTotals() {
        StageTimes.drain();
        StageTimes.record("test-drained", 2_000_000);
        StageTimes.record("test-drained", 3_000_000);

        assertThat(StageTimes.drain()).containsEntry("test-drained", 5_000_000L);
        assertThat(StageTimes.drain()).as("drained means gone").doesNotContainKey("test-drained");
        assertThat(StageTimes.totals()).filteredOn(t -> t.stage().equals("test-drained")).singleElement()
                .satisfies(t -> {
                    assertThat(t.count()).isEqualTo(2);
                    assertThat(t.seconds()).isEqualTo(0.005);
                });
    }

    @Test
    void whatAnotherProcessTimedIsRecordedAsOneMoreRunOfEachStage() {
        StageTimes.recordAll(Map.of("test-remote-a", 1_000_000_000L, "test-remote-b", 250_000_000L));
        StageTimes.recordAll(null);

        assertThat(StageTimes.totals()).filteredOn(t -> t.stage().startsWith("test-remote-"))
                .extracting(StageTimes.Total::stage, StageTimes.Total::count, StageTimes.Total::seconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test-remote-a", 1L, 1.0),
                        org.assertj.core.groups.Tuple.tuple("test-remote-b", 1L, 0.25));
    }

    @Test
    void timedWorkIsTimedEvenWhenItFails() {
        try {
            StageTimes.time("test-failing", () -> {
                throw new IllegalStateException("no");
            });
        } catch (IllegalStateException expected) {
            // the time still counts
        }
        assertThat(StageTimes.totals()).anySatisfy(t -> {
            assertThat(t.stage()).isEqualTo("test-failing");
            assertThat(t.count()).isEqualTo(1);
        });
    }

    @Test
    void theTimersArePublishedToTheServicesRegistryAsOneTimerTaggedByStage() {
        SimpleMeterRegistry service = new SimpleMeterRegistry();
        StageTimes.publishTo(service);
        StageTimes.record("test-published", 7_000_000);

        Timer timer = service.find(StageTimes.TIMER).tag("stage", "test-published").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7.0);
    }

    @Test
    void theTotalsAreWrittenAsJsonTheLongestFirst() throws Exception {
        StageTimes.record("test-written-short", 1_000);
        StageTimes.record("test-written-long", 90_000_000_000L);
        Path file = folder.resolve("metrics/stages.json");

        StageTimes.write(file);

        JsonNode totals = new ObjectMapper().readTree(Files.readString(file));
        assertThat(totals.get(0).get("stage").asText()).isEqualTo("test-written-long");
        assertThat(totals.get(0).get("seconds").asDouble()).isEqualTo(90.0);
        List<String> stages = totals.findValuesAsText("stage");
        assertThat(stages).contains("test-written-short");
    }
}
