package org.disclosure.pipeline.disclosure;

import java.util.Map;

/**
 * What the document is: its title as printed, the unit (预算单位/编制部门) that published it, the
 * budget year, the kind (部门预算, 单位预算, 部门决算, 单位决算, 预算, 决算) and the publication date
 * (ISO, when printed). Fields not found are null.
 *
 * @param evidence for each field found, where it was read: "page 1: 预算主管部门：上海市普陀区司法局"
 */
public record DocumentIdentity(String title, String unit, Integer year, String kind, String published,
                               Map<String, String> evidence) {

    public DocumentIdentity(String title, String unit, Integer year, String kind) {
        this(title, unit, year, kind, null, Map.of());
    }
}
