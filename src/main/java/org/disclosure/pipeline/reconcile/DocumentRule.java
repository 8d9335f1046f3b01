package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.ContentsReader;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.PrintedTitles;
import org.disclosure.pipeline.disclosure.RequiredTable;
import org.disclosure.pipeline.disclosure.TableCatalogue;

/**
 * The document as a whole: the standard tables its kind requires are published (a missing one whose
 * title a page prints is our doubt, unverified), and no template placeholder (XX局, ××, 待填写) was
 * left in. Whether an empty table says why is {@link EmptyTableRule}'s.
 */
final class DocumentRule implements Rule {

    static final String REQUIRED = "document.required-tables";
    static final String PLACEHOLDERS = "document.placeholders";
    /** XX局, XX街道办事处, ××, 待填写 …: the template's slot for a name or a figure, printed as the template had it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![A-Za-z])[XＸ]{2,}(?:\\p{IsHan}{0,5}?[局部处委办院所站馆队室]|(?=\\p{IsHan}))|[×]{2,}|[Ｘ]{2,}|待填写|待补充|（此处填写|\\[填写");

    private final TableCatalogue catalogue = TableCatalogue.standard();
    private final ContentsRule contents = new ContentsRule();

    /** Whether the text holds a template placeholder: then it is this rule's finding, not a name to compare. */
    static boolean hasPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text).find();
    }

    /** The titles the standard table of this kind is printed under. */
    private List<String> titlesOf(String kind) {
        return catalogue.tables().stream().filter(t -> t.standardKind().is(kind)).flatMap(t -> t.titles().stream()).toList();
    }

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (RequiredTable table : document.requiredTables()) {
            if (!table.required()) {
                continue;
            }
            CheckStatus status;
            String message;
            switch (table.status()) {
                case RequiredTable.MISSING -> {
                    status = CheckStatus.FAIL;
                    message = "缺少必须公开的《" + table.name() + "》";
                    Integer named = PrintedTitles.pageNaming(document.pages(), titlesOf(table.kind()),
                            new HashSet<>(ContentsReader.pages(document.pages())));
                    if (named != null) {
                        checks.add(new Check(REQUIRED, status, message, null, null, null, List.of(
                                new CheckRef(null, null, null, null, null, named, null, null)))
                                .unverified("第" + named + "页印有该表标题，但未从该页读出可归类为此表的表格"));
                        continue;
                    }
                    DisclosureTable inPlace = contents.printedInPlaceOf(document, table.kind());
                    if (inPlace != null) {
                        // the 目录's place of this table holds one under another title: document.contents fails that title
                        checks.add(new Check(REQUIRED, status, message, null, null, null, List.of(new CheckRef(
                                inPlace.title(), inPlace.id(), null, null, null, inPlace.pages().get(0), null, null)))
                                .unverified("目录所列此表的位置(第" + inPlace.pages().get(0) + "页)印有《" + inPlace.title()
                                        + "》，可能即此表而表名不符(见 " + ContentsRule.ID + ")"));
                        continue;
                    }
                }
                case RequiredTable.EMPTY -> {
                    // whether an empty table says why is table.empty-explained's finding
                    status = CheckStatus.PASS;
                    message = "《" + table.name() + "》已公开(空表)";
                }
                default -> {
                    status = CheckStatus.PASS;
                    message = "《" + table.name() + "》已公开";
                }
            }
            List<CheckRef> refs = new ArrayList<>();
            for (String id : table.tableIds()) {
                document.tables().stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(t ->
                        refs.add(new CheckRef(t.title() != null ? t.title() : t.id(), t.id(), null, null, null,
                                t.pages().get(0), null, null)));
            }
            checks.add(new Check(REQUIRED, status, message, null, null, null, refs));
        }
        if (!document.pages().isEmpty() && document.pages().stream().anyMatch(DisclosurePage::hasTextLayer)) {
            List<CheckRef> found = new ArrayList<>();
            for (DisclosurePage page : document.pages()) {
                Matcher m = PLACEHOLDER.matcher(page.text());
                while (m.find()) {
                    found.add(new CheckRef(null, null, null, null, null, page.number(), null, m.group()));
                }
            }
            checks.add(new Check(PLACEHOLDERS, found.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL,
                    found.isEmpty() ? "没有遗留的模板占位符" : "遗留模板占位符 " + found.size() + " 处: "
                            + found.stream().map(r -> "第" + r.page() + "页「" + r.text() + "」").toList(),
                    null, null, null, found));
        }
        return checks;
    }
}
