package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.fixtures.WholeDisclosureSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanDisclosuresTest {

    @TempDir
    Path folder;

    @Test
    void dump() throws Exception {
        for (WholeDisclosure d : List.of(WholeDisclosure.shanghaiDepartmentBudget(), WholeDisclosure.shanghaiDepartmentFinalAccounts(),
                WholeDisclosure.xinjiangUnitBudget(), WholeDisclosure.xinjiangDepartmentFinalAccounts())) {
            String spec = WholeDisclosureSpec.of(d);
            java.nio.file.Files.writeString(Path.of("/tmp/fx/" + d.template() + "-" + d.kind() + ".spec"), spec);
            DisclosureDocument document = Samples.modelledText(spec, folder);
            System.out.println("=== " + d.fullName() + " " + d.kind() + " identity " + document.identity());
            document.tables().forEach(t -> System.out.println("  table " + t.id() + " p" + t.pages() + " " + t.title() + " std " + t.standard()));
            for (Check c : new Reconciler().check(document)) {
                if (c.status() != CheckStatus.PASS || c.rule().startsWith("narrative") || c.rule().startsWith("document") || c.rule().startsWith("cross.three") || c.rule().startsWith("table.empty")) {
                    System.out.println("  " + c.status() + " " + c.rule() + ": " + c.message() + (c.doubt() != null ? " || " + c.doubt() : ""));
                }
            }
        }
    }
}
