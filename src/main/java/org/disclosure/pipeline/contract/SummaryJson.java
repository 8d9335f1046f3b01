package org.disclosure.pipeline.contract;

/** document.json's {@code summary}: how many checks ran, passed, warned, failed and were left unverified. */
public record SummaryJson(int run, int passed, int warned, int failed, int unverified) {
}
