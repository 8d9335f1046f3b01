package org.disclosure.pipeline.reconcile.crossdoc;

import java.util.List;

import org.disclosure.pipeline.reconcile.CheckRef;

/**
 * One document of a comparison: the one being checked (no folder) or an archived one (its folder).
 *
 * @param folder the archive folder's name, or null for the document being checked
 */
record Side(String folder, String title, String unit, int year, String kind, List<TableFigure> figures,
            List<String> members) {

    static Side archived(Counterparts.ArchivedDocument document) {
        Counterparts.ArchivedHeadline h = document.headline();
        return new Side(h.folder(), h.title(), h.unit(), h.year(), h.kind(), document.figures(), document.members());
    }

    CheckRef ref(TableFigure figure) {
        return figure.ref(folder);
    }

    /** How a finding names the document: 本文件《…》, or 已归档的《…》(folder). */
    String words() {
        String name = "《" + (title != null ? title : unit + year + "年" + kind) + "》";
        return folder == null ? "本文件" + name : "已归档的" + name + "(" + folder + ")";
    }

    /** Where a figure is: the document, page and table. */
    String place(TableFigure figure) {
        return words() + "第" + figure.page() + "页《" + figure.tableTitle() + "》";
    }

    TableFigure find(String tableKind, String rowKey, List<String> meanings) {
        for (String meaning : meanings) {
            for (TableFigure figure : figures) {
                if (figure.tableKind().equals(tableKind) && figure.rowKey().equals(rowKey) && figure.columnMeaning().equals(meaning)) {
                    return figure;
                }
            }
        }
        return null;
    }

    boolean hasColumn(String tableKind, String meaning) {
        return figures.stream().anyMatch(f -> f.tableKind().equals(tableKind) && f.columnMeaning().equals(meaning));
    }
}
