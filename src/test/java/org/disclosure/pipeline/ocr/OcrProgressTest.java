package org.disclosure.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OcrProgressTest {

    @Test
    void rateAndTimeLeftFollowThePagesDoneSoFar() {
        OcrProgress progress = new OcrProgress(40, 200, Duration.ofMinutes(10));
        assertThat(progress.pagesPerMinute()).isEqualTo(4.0);
        assertThat(progress.remaining()).isEqualTo(Duration.ofMinutes(40));
        assertThat(progress.line()).isEqualTo("ocr: 40/200 pages, 4.0 pages/min, eta 40 min");
    }

    @Test
    void theLastMinutesAreCountedInSecondsAndNothingIsGuessedBeforeTheFirstPage() {
        assertThat(new OcrProgress(19, 20, Duration.ofSeconds(95)).line())
                .isEqualTo("ocr: 19/20 pages, 12.0 pages/min, eta 5 s");
        OcrProgress none = new OcrProgress(0, 20, Duration.ofSeconds(3));
        assertThat(none.remaining()).isNull();
        assertThat(none.line()).isEqualTo("ocr: 0/20 pages, 0.0 pages/min, eta ?");
    }

    @Test
    void aLineEveryNPagesAndOneAtTheEnd() {
        assertThat(new OcrProgress(10, 25, Duration.ofSeconds(1)).logDue(10)).isTrue();
        assertThat(new OcrProgress(11, 25, Duration.ofSeconds(1)).logDue(10)).isFalse();
        assertThat(new OcrProgress(25, 25, Duration.ofSeconds(1)).logDue(10)).isTrue();
    }
}
