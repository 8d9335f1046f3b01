package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * document.contents on the seed rendition given a 目录 that lists its nine tables (with dot leaders
 * and page numbers, as published ones do), and that 目录 or the tables then changed by one defect.
 */
class ContentsRuleTest {

    private static final String SEED = "seed-2022-unit-budget.spec";
    private static final String PARTS = "#p 第二部分 2022 年单位预算公开表\n";
    private static final String[] LISTED = {
        "#p 表一:单位收支总体情况表……………………5", "#p 表二:单位收入总体情况表……………………6",
        "#p 表三:单位支出总体情况表……………………7", "#p 表四:财政拨款收支预算总体情况表…………8",
        "#p 表五:一般公共预算支出情况表………………9", "#p 表六:一般公共预算基本支出情况表…………10",
        "#p 表七:一般公共预算项目支出情况表…………11", "#p 表八:一般公共预算\"三公\"经费支出情况表……12",
        "#p 表九:政府性基金预算支出情况表……………12"};
    /** The 表七 table block, from its number to its end. */
    private static final String TABLE_SEVEN = "(?s)#table\nnumber: 表七:.*?#end\n";
    /** The 表七 table and the page it has to itself (a blank page would be a page we could not read). */
    private static final String PAGE_SEVEN = "(?s)#page landscape\n#table\nnumber: 表七:.*?#end\n";

    @TempDir
    Path folder;

    /** The seed with a 目录 listing {@code listed}, then {@code defect} applied. */
    private List<Check> checks(List<String> listed, UnaryOperator<String> defect) throws Exception {
        String contents = PARTS + String.join("\n", listed) + "\n";
        return new Reconciler().check(Samples.modelled(SEED, spec -> defect.apply(spec.replace(PARTS, contents)), folder));
    }

    private static List<Check> ofRule(List<Check> checks) {
        return checks.stream().filter(c -> c.rule().equals(ContentsRule.ID)).toList();
    }

    /** Fails other than the seed's own real findings (a project beyond its funds, a year slip). */
    private static List<Check> fails(List<Check> checks) {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL)
                .filter(c -> !c.rule().equals(ProjectRule.NARRATIVE) && !c.rule().equals(YearRule.ID)).toList();
    }

    @Test
    void everyListedTableIsFoundInOrder() throws Exception {
        List<Check> checks = checks(List.of(LISTED), UnaryOperator.identity());
        assertThat(ofRule(checks)).hasSize(9).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(ofRule(checks).get(6).message()).contains("「表七:一般公共预算项目支出情况表」(标第11页)")
                .contains("《一般公共预算项目支出情况表》");
        assertThat(fails(checks)).isEmpty();
    }

    @Test
    void aListedTableThatIsNotPublishedFailsCitingTheLineAndWhereItShouldBe() throws Exception {
        List<Check> checks = checks(List.of(LISTED), spec -> spec.replaceFirst(PAGE_SEVEN, ""));
        assertThat(fails(checks)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(ContentsRule.ID);
            assertThat(c.message()).startsWith("目录第1页「表七:一般公共预算项目支出情况表」(标第11页)在正文中未见")
                    .contains("《一般公共预算基本支出情况表》之后").contains("《一般公共预算\"三公\"经费支出情况表》之前");
            assertThat(c.refs().get(0).page()).isEqualTo(1);
        });
    }

    @Test
    void aListedTableWhoseTitleIsPrintedButNotReadIsOurDoubt() throws Exception {
        // the title and figures printed as lines of text, not as a table we can read
        List<Check> checks = checks(List.of(LISTED), spec -> spec.replaceFirst(TABLE_SEVEN,
                "#p 表七:一般公共预算项目支出情况表\n#p 201 一般公共服务支出 157.00 157.00\n"));
        assertThat(fails(checks)).isEmpty();
        assertThat(ofRule(checks)).filteredOn(c -> c.status() == CheckStatus.UNVERIFIED).singleElement()
                .satisfies(c -> assertThat(c.doubt()).contains("印有该表标题"));
    }

    @Test
    void anEntryNamingAnotherTableThanTheOnePrintedInItsPlaceIsOneFail() throws Exception {
        List<String> renamed = new java.util.ArrayList<>(List.of(LISTED));
        renamed.set(6, "#p 表七:一般公共预算政府采购支出情况表…………11");
        List<Check> checks = checks(renamed, UnaryOperator.identity());
        assertThat(fails(checks)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(ContentsRule.ID);
            assertThat(c.message()).startsWith("目录第1页「表七:一般公共预算政府采购支出情况表」(标第11页)在正文中未见")
                    .contains("所印为《一般公共预算项目支出情况表》").contains("表名与目录不符");
            assertThat(c.refs()).extracting(CheckRef::table).containsExactly(null, "一般公共预算项目支出情况表");
        });
        assertThat(ofRule(checks)).noneMatch(c -> c.status() == CheckStatus.WARN);
    }

    /** The 目录 with 表七's line naming a table the seed does not print (政府采购 for 项目支出). */
    private static List<String> seventhRenamed() {
        List<String> renamed = new java.util.ArrayList<>(List.of(LISTED));
        renamed.set(6, "#p 表七:一般公共预算政府采购支出情况表…………11");
        return renamed;
    }

    @Test
    void aRenamedEntryWhoseTitleIsPrintedElsewhereIsOurDoubtNotAFail() throws Exception {
        // the entry's own title printed on a narrative page: its table may be there and unread
        List<Check> checks = checks(seventhRenamed(), spec -> spec.replace("#h2 (五) 其他需说明的事项\n",
                "#h2 (五) 其他需说明的事项\n#p 表七:一般公共预算政府采购支出情况表\n"));
        assertThat(fails(checks)).isEmpty();
        assertThat(ofRule(checks)).filteredOn(c -> c.status() == CheckStatus.UNVERIFIED).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("表名与目录不符");
            assertThat(c.doubt()).contains("印有该表标题");
        });
    }

    @Test
    void aTableOutsideTheStandardSetAfterTheLastFoundEntryIsNotTakenForIt() throws Exception {
        // 表九 not printed; after 表八 only a table of the unit's own (no standard kind)
        String own = "#table\ntitle: 驻村工作经费明细表\nunit: 万元\nwidths: 200 100\nheader: 1\n--\n事项\t金额\n"
                + "宣传开展文体活动\t4\n慰问困难群众\t3\n#end\n";
        List<Check> checks = checks(List.of(LISTED), spec -> spec
                .replaceAll("(?s)#table\ntitle: 项目支出绩效目标表.*?#end\n", "")
                .replaceFirst("(?s)#table\nnumber: 表九:.*?#end\n", java.util.regex.Matcher.quoteReplacement(own)));
        assertThat(ofRule(checks)).noneMatch(c -> c.message().contains("表名与目录不符"));
        assertThat(ofRule(checks)).filteredOn(c -> c.message().contains("「表九:政府性基金预算支出情况表」")).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("在正文中未见").doesNotContain("所印为"));
    }

    @Test
    void aMisprintedTitleOnAPageReadByOcrIsOurDoubt() throws Exception {
        var document = Samples.modelled(SEED, spec -> spec.replace(PARTS, PARTS + String.join("\n", seventhRenamed()) + "\n"),
                folder);
        Reconciler reconciler = new Reconciler();
        Check onText = ofRule(reconciler.check(document)).stream().filter(c -> c.status() == CheckStatus.FAIL)
                .findFirst().orElseThrow();
        int tablePage = onText.refs().get(1).page();
        List<Check> read = ofRule(reconciler.reconcile(document, null, java.util.Set.of(tablePage), List.of()).checks());
        assertThat(read).noneMatch(c -> c.status() == CheckStatus.FAIL);
        assertThat(read).filteredOn(c -> c.message().contains("表名与目录不符")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
            assertThat(c.doubt()).contains("第" + tablePage + "页由文字识别读出");
        });
    }

    @Test
    void aContentsOutOfOrderFailsOnceAtTheMisplacedLine() throws Exception {
        List<String> swapped = new java.util.ArrayList<>(List.of(LISTED));
        java.util.Collections.swap(swapped, 2, 3);
        List<Check> checks = checks(swapped, UnaryOperator.identity());
        assertThat(fails(checks)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(ContentsRule.ID);
            assertThat(c.message()).contains("「表三:单位支出总体情况表」").contains("列在「表四:财政拨款收支预算总体情况表」之后")
                    .contains("表的顺序与目录不符");
        });
    }

    @Test
    void aStandardTableLeftOffTheContentsIsAWarning() throws Exception {
        List<Check> checks = checks(List.of(LISTED).subList(0, 8), UnaryOperator.identity());
        assertThat(fails(checks)).isEmpty();
        assertThat(ofRule(checks)).filteredOn(c -> c.status() == CheckStatus.WARN).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("《政府性基金预算支出情况表》未列入目录"));
    }

    @Test
    void aContentsThatListsOnlyPartsIsNoPromiseOfTables() throws Exception {
        assertThat(ofRule(new Reconciler().check(Samples.modelled(SEED, UnaryOperator.identity(), folder)))).isEmpty();
    }
}
