package org.disclosure.pipeline.console;

/**
 * Files {@code count} small generated documents into an indexed archive, through the index as
 * filing does. Document n: file doc-n.pdf, folder doc-n, received n minutes after a fixed time (so
 * doc-count is the newest), unit 上海市普陀区单位n when n is odd else 上海市闵行区单位n, year 2020 + n % 5,
 * kind 部门决算 when n % 3 == 0 else 部门预算, coverage n % 100 / 100 (doc-100 fully read), a failed
 * check of rule sum-of-rows when n % 10 == 0, and a table titled 表n.
 */
final class GeneratedDocuments {

    private GeneratedDocuments() {
    }

    static void file(IndexedArchive indexed, int count) throws Exception {
        for (int n = 1; n <= count; n++) {
            String district = n % 2 == 1 ? "普陀区" : "闵行区";
            boolean failing = n % 10 == 0;
            String checks = failing
                    ? "[{\"rule\":\"sum-of-rows\",\"status\":\"fail\",\"message\":\"rows do not add up\",\"refs\":[]}]"
                    : "[{\"rule\":\"sum-of-rows\",\"status\":\"pass\",\"message\":\"rows add up\",\"refs\":[]}]";
            indexed.file("doc-" + n, """
                    {"status":"complete","source":{"fileName":"doc-%d.pdf","sha256":"%064x","bytes":10,"pages":3},
                     "document":{"title":"预算公开 %d","unit":"上海市%s单位%d","year":%d,"kind":"%s"},
                     "summary":{"run":1,"passed":%d,"warned":0,"failed":%d,"unverified":0},
                     "tables":[{"id":"t1","title":"表%d"}],"checks":%s,
                     "ledger":{"numbers":100,"accounted":%d,"coverage":%s,"pages":[]},
                     "processing":{"pipelineVersion":"test","receivedAt":"%s"}}""".formatted(
                    n, n, n, district, n, 2020 + n % 5, n % 3 == 0 ? "部门决算" : "部门预算", failing ? 0 : 1, failing ? 1 : 0,
                    n, checks, n % 100 == 0 ? 100 : n % 100, n % 100 == 0 ? "1" : "0." + String.format("%02d", n % 100),
                    java.time.Instant.parse("2026-11-01T00:00:00Z").plusSeconds(60L * n)));
        }
    }
}
