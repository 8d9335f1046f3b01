package org.disclosure.pipeline.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;

/**
 * cross-checks.json, beside an archived document.json: the checks across documents that documents
 * archived after this one made with it. Each was made, and is kept in full, in the later document's
 * document.json; here it is seen from this document's side (its refs into this document carry no
 * folder, its refs into the later one carry that one's folder). document.json is never rewritten:
 * this file is derived from the other documents' records, so a rebuild writes it again alike.
 *
 * @param supersededBy the later version of this document (same unit, year and kind, other bytes: a
 *                     corrected republication) that replaced it, else null: a superseded version takes no
 *                     part in checks across documents (its own are left out, it learns none)
 * @param learned      one entry per later document, in folder order; empty when superseded
 */
public record CrossChecks(int schemaVersion, Replacement supersededBy, List<Learned> learned) {

    public static final int SCHEMA_VERSION = 1;
    public static final String RULE_PREFIX = "cross-doc.";

    public static CrossChecks empty() {
        return new CrossChecks(SCHEMA_VERSION, null, List.of());
    }

    /**
     * The latest archived version of a document, which replaced this one.
     *
     * @param folder     its archive folder
     * @param archivedAt when its document.json was written (ISO-8601)
     */
    public record Replacement(String folder, String sha256, String title, String archivedAt) {
    }

    public boolean superseded() {
        return supersededBy != null;
    }

    /** This file as a superseded version's: the replacement named, nothing learned (checks pair with the latest version). */
    public CrossChecks supersededBy(Replacement latest) {
        return new CrossChecks(SCHEMA_VERSION, latest, latest == null ? learned : List.of());
    }

    /** This file without what {@code folder} said: that document was removed from the archive. */
    public CrossChecks without(String folder) {
        return new CrossChecks(SCHEMA_VERSION, supersededBy, learned.stream().filter(l -> !l.from().equals(folder)).toList());
    }

    /**
     * What one later document's checks said of this one.
     *
     * @param from       the later document's archive folder
     * @param sha256     its bytes' hash
     * @param title      its title, for the report's link
     * @param archivedAt when its document.json was written (ISO-8601): of two versions of one document
     *                   (same unit, year and kind), the later archived one's checks stand
     * @param replaces   folders this document's own checks across documents were made with that are
     *                   older versions of {@code from}: those checks are replaced by these
     * @param checks     the later document's checks that involve this one, seen from this side
     */
    public record Learned(String from, String sha256, String title, String unit, Integer year, String kind,
                          String archivedAt, List<String> replaces, List<Check> checks) {
    }

    /** True when a check is one across documents (cross-doc.*). */
    public static boolean acrossDocuments(Check check) {
        return check.rule() != null && check.rule().startsWith(RULE_PREFIX);
    }

    /** Folders whose checks with this document were replaced by a later version's. */
    public Set<String> replacedFolders() {
        Set<String> replaced = new HashSet<>();
        learned.forEach(l -> replaced.addAll(l.replaces() == null ? List.of() : l.replaces()));
        return replaced;
    }

    /**
     * True when the document's own check across documents no longer stands: it was made with a document
     * a later version replaced, or this document is itself superseded.
     */
    public boolean replaced(Check own) {
        if (superseded() && acrossDocuments(own)) {
            return true;
        }
        Set<String> replaced = replacedFolders();
        return acrossDocuments(own) && own.refs() != null
                && own.refs().stream().anyMatch(r -> r.document() != null && replaced.contains(r.document()));
    }

    /** The check as the document that {@code self} is sees it, when {@code from} made it. */
    public static Check mirrored(Check check, String from, String self) {
        List<CheckRef> refs = new ArrayList<>();
        for (CheckRef r : check.refs()) {
            String document = r.document() == null ? from : r.document().equals(self) ? null : r.document();
            refs.add(new CheckRef(r.table(), r.tableId(), r.row(), r.column(), r.rowLabel(), r.page(), r.bbox(), r.text(),
                    r.rowName(), r.code(), r.columnHeader(), document));
        }
        return new Check(check.rule(), check.status(), check.message(), check.expected(), check.printed(),
                check.difference(), refs, check.unit(), check.printedText(), check.expectedText(), check.computedAs(),
                check.doubt());
    }

    /** The document's checks as they now stand: its own, less those replaced, then those learned later. */
    public List<Check> effective(List<Check> own) {
        List<Check> all = new ArrayList<>();
        for (Check check : own == null ? List.<Check>of() : own) {
            if (!replaced(check)) {
                all.add(check);
            }
        }
        learned.forEach(l -> all.addAll(l.checks()));
        return all;
    }
}
