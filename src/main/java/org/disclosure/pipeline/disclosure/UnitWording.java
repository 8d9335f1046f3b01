package org.disclosure.pipeline.disclosure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * The unit a report names outside its title: the region of the finance bureau that signs it
 * (北京市财政局局长 韩杰, 报告人：某市财政局), the organ a 报告人 line names, or the region its
 * own wording reports for (现将成都市2023年预算执行情况…, 在成都市第十八届人民代表大会…).
 * A bureau signing without its region (市财政局局长) names nothing.
 */
final class UnitWording {

    /** A region's name: something, then the level it is (省, 市, 自治州, 区, 县 …). */
    private static final String REGION = "(\\p{IsHan}{1,15}?(?:省|自治区|市|自治州|州|地区|盟|县|区|旗))";
    /** A signature starts its line: the region of the finance bureau (or its government) that reports. */
    private static final Pattern FINANCE_SIGNATURE = Pattern.compile(
            "^(?:报告人[:：]?)?" + REGION + "(?:人民政府)?财政(?:局|厅)");
    /** A 报告人 line naming an organ (报告人：某区卫生健康委员会主任 张三). */
    private static final Pattern REPORTER = Pattern.compile(
            "^报告人[:：]?(\\p{IsHan}{2,30}?(?:局|委员会|办公室|厅|院|中心))");
    private static final List<Pattern> WORDING = List.of(
            Pattern.compile("现将" + REGION + "(?:19|20)\\d{2}年"),
            Pattern.compile("在" + REGION + "第[一二三四五六七八九十百]+届人民代表大会"));
    /** Pages at either end where a report signs. */
    private static final int SIGNING_PAGES = 2;

    private UnitWording() {
    }

    /** {unit, evidence} from a signature or 报告人 line on the first or last pages, or null. */
    static String[] signed(List<PageModel> pages) {
        for (PageModel page : endPages(pages)) {
            for (TextLine line : page.lines()) {
                String text = compact(line.normalizedText());
                Matcher finance = FINANCE_SIGNATURE.matcher(text);
                if (finance.find() && named(finance.group(1))) {
                    return new String[] {finance.group(1), "page " + page.number() + ": the signature " + line.text().strip()};
                }
                Matcher reporter = REPORTER.matcher(text);
                if (reporter.find()) {
                    return new String[] {reporter.group(1), "page " + page.number() + ": " + line.text().strip()};
                }
            }
        }
        return null;
    }

    /** {unit, evidence} from the report's own wording on its first pages, or null. */
    static String[] worded(List<PageModel> pages) {
        for (PageModel page : pages.subList(0, Math.min(SIGNING_PAGES, pages.size()))) {
            String text = compact(page.lines().stream().map(TextLine::normalizedText).reduce("", String::concat));
            for (Pattern wording : WORDING) {
                Matcher region = wording.matcher(text);
                if (region.find() && named(region.group(1))) {
                    return new String[] {region.group(1), "page " + page.number() + ": the report's wording …"
                            + text.substring(region.start(), Math.min(text.length(), region.end() + 8)) + "…"};
                }
            }
        }
        return null;
    }

    /** 市 alone, or 全市, is how a report refers to its own region without naming it. */
    private static boolean named(String region) {
        return region.length() >= 2 && !region.startsWith("全") && !region.startsWith("本");
    }

    private static List<PageModel> endPages(List<PageModel> pages) {
        if (pages.size() <= 2 * SIGNING_PAGES) {
            return pages;
        }
        List<PageModel> ends = new java.util.ArrayList<>(pages.subList(0, SIGNING_PAGES));
        ends.addAll(pages.subList(pages.size() - SIGNING_PAGES, pages.size()));
        return ends;
    }

    /** Letter-spaced text (现 将 北 京 市) reads as written. */
    static String compact(String text) {
        return TextNormalizer.withoutSpaces(text);
    }
}
