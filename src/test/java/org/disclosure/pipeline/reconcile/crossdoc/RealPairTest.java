package org.disclosure.pipeline.reconcile.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Shanghai justice bureau's 2026 部门预算 and its 单位预算, published documents of one department. The
 * 部门 lists two units, the 单位预算 is one of them: until the other's is archived nothing is summed.
 */
class RealPairTest {

    @TempDir
    Path folder;

    @Test
    void theJusticeBureausDepartmentAgainstItsUnit() throws Exception {
        Path real = Samples.shared().resolve("real");
        Path department = real.resolve("shanghai-putuo-justice-2026-dept-budget.pdf");
        Path unit = real.resolve("shanghai-putuo-justice-2026-unit-budget.pdf");
        assumeTrue(Files.exists(department) && Files.exists(unit), "no ../shared/real");
        Path archive = Files.createDirectories(folder.resolve("archive"));
        CrossDocumentFixtures.archive(CrossDocumentFixtures.readPdf(unit), archive, "unit-budget_11111111");
        CrossDocumentFixtures.Read read = CrossDocumentFixtures.readPdf(department);
        // its 机构设置 lists 普陀区司法局本部 and 普陀区法律援助中心; the 单位预算 published beside it is the first's
        assertThat(MemberUnits.of(read.document().pages(), read.document().tables()))
                .containsExactly("普陀区司法局本部", "普陀区法律援助中心");
        List<Check> checks = new CrossDocumentChecker().check(read.document(), read.ledger(), new ArchiveCounterparts(archive));
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(DepartmentSumRule.ID);
            assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
            assertThat(c.message()).contains("列明所属单位2家").contains("unit-budget_11111111")
                    .contains("尚缺「普陀区法律援助中心」的单位预算");
        });
    }
}
