package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;

/**
 * The document speaks of its own year: a 2022 budget that gives "2021年预算数为157万元" for this
 * year's figure has kept last year's text. Years in comparisons (比上年, 截至2021年底) are fine.
 */
final class YearRule implements Rule {

    static final String ID = "document.year";
    /** A year stated as the year of this document's own figures: 2021年预算数为, 2021年决算数为. */
    private static final Pattern OWN_FIGURE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(?:预算数|决算数|预算安排|部门预算|单位预算)\\s*为");

    @Override
    public List<Check> check(DisclosureDocument document) {
        Integer year = document.identity().year();
        if (year == null) {
            return List.of();
        }
        List<CheckRef> wrong = new ArrayList<>();
        int seen = 0;
        for (DisclosurePage page : document.pages()) {
            Matcher m = OWN_FIGURE.matcher(page.text().replace("\n", ""));
            while (m.find()) {
                seen++;
                if (Integer.parseInt(m.group(1)) != year) {
                    wrong.add(new CheckRef(null, null, null, null, null, page.number(), null, m.group()));
                }
            }
        }
        if (seen == 0) {
            return List.of();
        }
        String message = wrong.isEmpty()
                ? "文中所称本年数字均为 " + year + " 年"
                : year + " 年的文件中写有 " + wrong.stream().map(r -> "第" + r.page() + "页「" + r.text() + "」").toList()
                + ", 年份与本文件不符";
        return List.of(new Check(ID, wrong.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL, message, null, null, null, wrong));
    }
}
