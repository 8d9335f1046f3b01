package org.disclosure.pipeline.disclosure;

/**
 * What the document is: its title as printed, the unit (预算单位/编制部门) that published it, the
 * budget year and the kind (部门预算, 单位预算, 部门决算, 单位决算, 预算, 决算). Fields not found are null.
 */
public record DocumentIdentity(String title, String unit, Integer year, String kind) {
}
