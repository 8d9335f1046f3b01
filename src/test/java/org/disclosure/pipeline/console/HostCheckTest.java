package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostCheckTest {

    @Test
    void boundToLocalhostItAnswersTheLoopbackNamesOnItsPortOnly() {
        HostCheck check = new HostCheck("localhost", 8080, "");
        assertThat(check.allows("localhost:8080")).isTrue();
        assertThat(check.allows("LOCALHOST:8080")).isTrue();
        assertThat(check.allows("127.0.0.1:8080")).isTrue();
        assertThat(check.allows("[::1]:8080")).isTrue();
        assertThat(check.allows("evil.example:8080")).isFalse();
        assertThat(check.allows("evil.example")).isFalse();
        assertThat(check.allows("localhost:8081")).isFalse();
        assertThat(check.allows("localhost")).as("port 80").isFalse();
        assertThat(check.allows("127.0.0.2:8080")).isFalse();
        assertThat(check.allows(null)).isFalse();
        assertThat(check.allows("")).isFalse();
        assertThat(check.allows("localhost:8080@evil.example")).isFalse();
        assertThat(check.allows("localhost:80x80")).isFalse();
        assertThat(new HostCheck("127.0.0.1", 80, "").allows("localhost")).isTrue();
        assertThat(new HostCheck("::1", 8080, "").allows("[::1]:8080")).isTrue();
    }

    @Test
    void boundToEveryInterfaceItAnswersAnyNameUnlessSomeAreListed() {
        assertThat(new HostCheck("0.0.0.0", 8080, "").allows("whatever.example:1234")).isTrue();
        assertThat(new HostCheck("0.0.0.0", 8080, "").allows(null)).isTrue();
        HostCheck listed = new HostCheck("0.0.0.0", 8080, " archive.example.gov , 10.0.0.5:8080");
        assertThat(listed.allows("archive.example.gov:8080")).isTrue();
        assertThat(listed.allows("Archive.Example.Gov")).isTrue();
        assertThat(listed.allows("10.0.0.5:8080")).isTrue();
        assertThat(listed.allows("10.0.0.5:9090")).isFalse();
        assertThat(listed.allows("evil.example:8080")).isFalse();
        assertThat(listed.allows("localhost:8080")).isFalse();
    }

    @Test
    void boundToANameItAnswersThatNameAndTheListed() {
        HostCheck check = new HostCheck("pipeline.example.gov", 8080, "proxy.example.gov");
        assertThat(check.allows("pipeline.example.gov:8080")).isTrue();
        assertThat(check.allows("proxy.example.gov")).isTrue();
        assertThat(check.allows("evil.example:8080")).isFalse();
        assertThatThrownBy(() -> new HostCheck("localhost", 8080, "bad host/")).isInstanceOf(IllegalArgumentException.class);
    }
}
