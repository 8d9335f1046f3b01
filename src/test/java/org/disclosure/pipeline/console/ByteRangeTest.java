package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static final long SIZE = 1000;

    @Test
    void oneRangeOfEachFormIsServedAsAPart() {
        assertThat(ByteRange.of("bytes=0-4", null, SIZE)).isEqualTo(new ByteRange(206, 0, 4, SIZE));
        assertThat(ByteRange.of("bytes=0-4", null, SIZE).contentRange()).isEqualTo("bytes 0-4/1000");
        assertThat(ByteRange.of("bytes=0-4", null, SIZE).length()).isEqualTo(5);
        assertThat(ByteRange.of("bytes=990-", null, SIZE)).isEqualTo(new ByteRange(206, 990, 999, SIZE));
        assertThat(ByteRange.of("bytes=-10", null, SIZE)).isEqualTo(new ByteRange(206, 990, 999, SIZE));
        assertThat(ByteRange.of("bytes=-5000", null, SIZE)).isEqualTo(new ByteRange(206, 0, 999, SIZE));
        assertThat(ByteRange.of("bytes=500-5000", null, SIZE)).isEqualTo(new ByteRange(206, 500, 999, SIZE));
        assertThat(ByteRange.of("Bytes=7-7", null, SIZE)).isEqualTo(new ByteRange(206, 7, 7, SIZE));
    }

    @Test
    void aRangeWhollyPastTheEndIsUnsatisfiable() {
        for (String range : new String[] {"bytes=1000-", "bytes=1000-2000", "bytes=-0", "bytes=5000-5001"}) {
            ByteRange unsatisfiable = ByteRange.of(range, null, SIZE);
            assertThat(unsatisfiable.status()).as(range).isEqualTo(416);
            assertThat(unsatisfiable.contentRange()).as(range).isEqualTo("bytes */1000");
        }
        assertThat(ByteRange.of("bytes=0-", null, 0).status()).isEqualTo(416);
        assertThat(ByteRange.of("bytes=-1", null, 0).status()).isEqualTo(416);
    }

    @Test
    void whatIsNotOneUnderstoodRangeGetsTheWholeFile() {
        for (String range : new String[] {null, "", "bytes=", "bytes=-", "bytes=5-2", "bytes=0-1,5-6", "items=0-4", "bytes=a-b",
                "bytes=1-2-3", "bytes=99999999999999999999-", "bytes= -"}) {
            ByteRange whole = ByteRange.of(range, null, SIZE);
            assertThat(whole).as(String.valueOf(range)).isEqualTo(new ByteRange(200, 0, 999, SIZE));
            assertThat(whole.contentRange()).isNull();
        }
        assertThat(ByteRange.of("bytes=0-4", "\"some-etag\"", SIZE).status()).as("If-Range we cannot match").isEqualTo(200);
        assertThat(ByteRange.of(null, null, 0).length()).isZero();
    }
}
