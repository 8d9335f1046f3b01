package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;

/**
 * Where a department's or unit's document names itself: the cover (预算单位：…), each table's
 * 编制部门, the part that presents it (第一部分 …概况, …主要职能), and the sentences that give its
 * year's figures (…局2022年收入预算, 2022年，…局…, 截至…日，…局共有车辆).
 *
 * @see Mention
 */
final class UnitMentions {

    /** One place the unit is named; {@code labelled} when a label, a table's 编制部门 or a heading says it is the unit. */
    record Mention(String name, int page, String where, DisclosureTable table, boolean labelled) {
    }

    /** A department's cover names it as 主管部门; a unit's cover may name its 主管部门 beside it, and names itself 预算单位. */
    private static final Pattern DEPARTMENT_LABEL = Pattern.compile(
            "(?:预算主管部门|主管部门|部门名称)\\s*[:：]\\s*([^\\s:：]{2,40})");
    private static final Pattern UNIT_LABEL = Pattern.compile("(?:预算单位|单位名称)\\s*[:：]\\s*([^\\s:：]{2,40})");
    private static final Pattern PRESENTED = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+部分)?\\s*([\\p{IsHan}()（）]{3,40}?)\\s*(?:[(（](?:部门|单位)[)）])?\\s*(?:概况|主要职能|基本情况)$");
    private static final Pattern BEFORE_YEAR = Pattern.compile("([\\p{IsHan}()（）]{3,40})\\s*(?:19|20)\\d{2}\\s*年");
    /** What follows a name and its year when the sentence gives that unit's own figures: …办公室2022年支出预算. */
    private static final Pattern OWN_FIGURES = Pattern.compile(
            "^\\s*度?\\s*(?:本级|及(?:其)?下属|(?:部门|单位)?(?:收入|支出|收支|预算|决算|政府采购|机关运行|共有|占用|国有资产|一般公共"
                    + "|政府性|国有资本|[\"“]三公|财政拨款|所有|无|没有|未))");
    /** A name after a preposition or a verb is another unit acting on this one (根据区财政局…, 经审计局…). */
    private static final Pattern GOVERNED = Pattern.compile(
            "^(?:根据|按照|依据|依照|经|由|向|对|与|和|及|受|据|从|在|为|将|把|是|报|请|接受|配合|会同|联合|通过|协助|指导)");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|关于|备注|注)+");
    /** Words that name the document's own unit without its name, or a whole class of units. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:本|我|该|各|全|所属|下属|其他|相关)");
    private static final int TITLE_PAGES = 2;

    private UnitMentions() {
    }

    static List<Mention> in(DisclosureDocument document) {
        DocumentIdentity identity = document.identity();
        List<Mention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<PageText> pages = PageText.of(document.pages(), document.tables());
        int first = pages.isEmpty() ? 1 : pages.get(0).number();
        String evidence = identity.evidence().getOrDefault("unit", "");
        int coverPage = evidence.matches("^page \\d+:.*") ? Integer.parseInt(evidence.replaceAll("^page (\\d+):.*", "$1")) : first;
        boolean unitDocument = identity.kind() != null && identity.kind().startsWith("单位");
        Pattern ownLabel = unitDocument ? UNIT_LABEL : DEPARTMENT_LABEL;
        if (!evidence.contains("编制") && !(unitDocument && evidence.contains("主管部门"))) { // else the cover names none, and a table's 编制部门 gave the identity its unit
            add(mentions, seen, new Mention(identity.unit(), coverPage, "封面", null, true));
        }
        for (DisclosureTable table : document.tables()) {
            if (table.preparedBy() != null && !table.preparedBy().isBlank()) {
                add(mentions, seen, new Mention(table.preparedBy().strip(), table.pages().get(0),
                        "《" + (table.title() != null ? table.title() : table.id()) + "》编制部门", table, true));
            }
        }
        String suffix = UnitName.suffix(identity.unit());
        Pattern after = suffix.isEmpty() ? null : Pattern.compile(
                "(?:(?:19|20)\\d{2}\\s*年度?|截至[^，,。]{2,16}日)\\s*[，,]\\s*([\\p{IsHan}()（）]{2,40}?" + suffix + ")(?=" + OWN_FIGURES.pattern().substring(1) + ")");
        for (PageText page : pages) {
            for (String line : page.lines()) {
                String text = line.strip();
                Matcher label = ownLabel.matcher(text);
                if (page.number() - first < TITLE_PAGES && label.find() && !PageText.isTableRow(text)) {
                    add(mentions, seen, new Mention(label.group(1), page.number(), "「" + text + "」", null, true));
                }
                Matcher presented = PRESENTED.matcher(text);
                if (presented.find()) {
                    add(mentions, seen, new Mention(clean(presented.group(1)), page.number(), "标题「" + text + "」", null, true));
                }
            }
            for (String paragraph : page.paragraphs()) {
                if (PageText.isTableRow(paragraph)) {
                    continue;
                }
                Matcher before = BEFORE_YEAR.matcher(paragraph);
                while (before.find()) {
                    // only the unit whose year's figures the sentence gives: …办公室2022年支出预算
                    String name = clean(before.group(1));
                    if (UnitName.SUFFIX.matcher(name).find() && !GOVERNED.matcher(name).find()
                            && OWN_FIGURES.matcher(paragraph.substring(before.end())).find()) {
                        add(mentions, seen, new Mention(name, page.number(),
                                "「" + YearMention.around(paragraph, before.start(1), before.end()) + "」", null, true));
                    }
                }
                Matcher following = after == null ? null : after.matcher(paragraph);
                while (following != null && following.find()) {
                    add(mentions, seen, new Mention(clean(following.group(1)), page.number(),
                            "「" + YearMention.around(paragraph, following.start(1), following.end(1)) + "」", null, false));
                }
            }
        }
        return mentions;
    }

    private static String clean(String name) {
        return LEADING.matcher(name.strip()).replaceFirst("");
    }

    private static void add(List<Mention> mentions, Set<String> seen, Mention mention) {
        String name = mention.name() == null ? "" : mention.name();
        if (name.length() < 3 || NOT_A_NAME.matcher(name).find()) {
            return;
        }
        if (seen.add(mention.page() + "|" + UnitName.canonical(name) + "|" + mention.labelled())) {
            mentions.add(mention);
        }
    }
}
