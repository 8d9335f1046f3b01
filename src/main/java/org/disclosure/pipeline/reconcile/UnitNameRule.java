package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.reconcile.UnitMentions.Mention;
import org.disclosure.pipeline.reconcile.UnitName.Match;

/**
 * A department's or unit's document names one unit throughout: the cover, every table's 编制部门,
 * its 概况 and the sentences of its figures. Abbreviations pass by rule (see {@link UnitName});
 * another bureau named in the unit's place fails; the unit of the level above (上海市…局 for
 * 上海市普陀区…局) warns; a name we cannot judge is left alone. Placeholders (XX局) are
 * {@code document.placeholders}' to find.
 */
final class UnitNameRule implements Rule {

    static final String ID = "document.unit-name";

    @Override
    public List<Check> check(DisclosureDocument document) {
        DocumentIdentity identity = document.identity();
        if (identity.unit() == null || identity.kind() == null || identity.kind().length() <= 2
                || UnitName.suffix(identity.unit()).isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = UnitMentions.in(document);
        if (mentions.isEmpty()) {
            return List.of();
        }
        Mention reference = reference(mentions);
        UnitName unit = UnitName.parse(reference.name());
        String suffix = UnitName.suffix(reference.name());
        // a department names its own units (…中心, …所) beside itself; a unit's document names only itself
        boolean single = identity.kind().startsWith("单位");
        List<Check> checks = new ArrayList<>();
        int agreed = 0;
        for (Mention mention : mentions) {
            if (mention == reference || DocumentRule.hasPlaceholder(mention.name())) {
                continue; // 上海市普陀区XX局 is a placeholder left in, document.placeholders' one finding
            }
            boolean sameKind = UnitName.suffix(mention.name()).equals(suffix);
            if (!sameKind && !(single && mention.labelled())) {
                continue;
            }
            Match match = unit.compare(UnitName.parse(mention.name()));
            CheckRef ref = new CheckRef(mention.table() != null ? mention.table().title() : null,
                    mention.table() != null ? mention.table().id() : null, null, null, null, mention.page(), null, mention.name());
            switch (match) {
                case SAME -> agreed++;
                case OTHER_UNIT -> checks.add(new Check(ID, CheckStatus.FAIL, "第" + mention.page() + "页" + mention.where()
                        + "写作「" + mention.name() + "」, 与本文件单位「" + reference.name() + "」(第" + reference.page() + "页"
                        + reference.where() + ")不是同一单位", null, null, null, List.of(ref)));
                case UPPER_LEVEL -> checks.add(new Check(ID, CheckStatus.WARN, "第" + mention.page() + "页" + mention.where()
                        + "写作「" + mention.name() + "」, 本文件单位为「" + reference.name() + "」: 少写了下级区划, 所指为上级单位",
                        null, null, null, List.of(ref)));
                default -> { }
            }
        }
        if (checks.isEmpty() && agreed > 0) {
            checks.add(new Check(ID, CheckStatus.PASS, "封面、编制部门与正文所称单位均为「" + reference.name() + "」(含简称, "
                    + agreed + " 处)", null, null, null, List.of()));
        }
        return checks;
    }

    /**
     * The unit the document is of: the cover's, unless more places name one other unit alike
     * (then the cover kept a wrong name, and it is the one reported).
     */
    private static Mention reference(List<Mention> mentions) {
        Mention best = mentions.get(0);
        long bestVotes = votes(best, mentions);
        for (Mention candidate : mentions.subList(1, mentions.size())) {
            long votes = votes(candidate, mentions);
            if (candidate.labelled() && votes > bestVotes) {
                best = candidate;
                bestVotes = votes;
            }
        }
        return best;
    }

    private static long votes(Mention candidate, List<Mention> mentions) {
        UnitName name = UnitName.parse(candidate.name());
        return mentions.stream().filter(m -> name.compare(UnitName.parse(m.name())) == Match.SAME).count();
    }
}
