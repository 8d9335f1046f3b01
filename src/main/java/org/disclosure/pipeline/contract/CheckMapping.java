package org.disclosure.pipeline.contract;

import java.util.List;

import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.CheckSummary;
import org.disclosure.pipeline.reconcile.SuspectCell;
import org.disclosure.pipeline.reconcile.UncertainReading;

/** The checks and what OCR left in doubt, from the domain to the contract and back. */
public final class CheckMapping {

    private CheckMapping() {
    }

    public static List<CheckJson> toJson(List<Check> checks) {
        return checks == null ? null : checks.stream().map(CheckMapping::toJson).toList();
    }

    public static List<Check> fromJson(List<CheckJson> checks) {
        return checks == null ? null : checks.stream().map(CheckMapping::fromJson).toList();
    }

    public static CheckJson toJson(Check check) {
        return new CheckJson(check.rule(), check.status() == null ? null : check.status().toString(), check.message(),
                check.expected(), check.printed(), check.difference(),
                check.refs() == null ? null : check.refs().stream().map(CheckMapping::toJson).toList(), check.unit(),
                check.printedText(), check.expectedText(), check.computedAs(), check.doubt());
    }

    public static Check fromJson(CheckJson check) {
        return new Check(check.rule(), status(check.status()), check.message(), check.expected(), check.printed(),
                check.difference(), check.refs() == null ? null : check.refs().stream().map(CheckMapping::fromJson).toList(),
                check.unit(), check.printedText(), check.expectedText(), check.computedAs(), check.doubt());
    }

    static CheckRefJson toJson(CheckRef ref) {
        return new CheckRefJson(ref.table(), ref.tableId(), ref.row(), ref.column(), ref.rowLabel(), ref.page(),
                Corners.of(ref.bbox()), ref.text(), ref.rowName(), ref.code(), ref.columnHeader(), ref.document());
    }

    static CheckRef fromJson(CheckRefJson ref) {
        return new CheckRef(ref.table(), ref.tableId(), ref.row(), ref.column(), ref.rowLabel(), ref.page(),
                Corners.box(ref.bbox()), ref.text(), ref.rowName(), ref.code(), ref.columnHeader(), ref.document());
    }

    public static SummaryJson toJson(CheckSummary summary) {
        return summary == null ? null
                : new SummaryJson(summary.run(), summary.passed(), summary.warned(), summary.failed(), summary.unverified());
    }

    public static CheckSummary fromJson(SummaryJson summary) {
        return summary == null ? null
                : new CheckSummary(summary.run(), summary.passed(), summary.warned(), summary.failed(), summary.unverified());
    }

    public static UncertainReadingJson toJson(UncertainReading reading) {
        return new UncertainReadingJson(reading.page(), reading.text(), Corners.of(reading.bbox()), reading.confidence(),
                reading.firstRead(), reading.secondRead());
    }

    public static UncertainReading fromJson(UncertainReadingJson reading) {
        return new UncertainReading(reading.page(), reading.text(), Corners.box(reading.bbox()), reading.confidence(),
                reading.firstRead(), reading.secondRead());
    }

    public static SuspectCellJson toJson(SuspectCell cell) {
        return new SuspectCellJson(cell.rule(), cell.page(), Corners.of(cell.bbox()), cell.table(), cell.tableId(),
                cell.row(), cell.column(), cell.rowLabel(), cell.read(), cell.implied(), cell.impliedValue(),
                cell.confidence(), cell.why());
    }

    public static SuspectCell fromJson(SuspectCellJson cell) {
        return new SuspectCell(cell.rule(), cell.page(), Corners.box(cell.bbox()), cell.table(), cell.tableId(),
                cell.row(), cell.column(), cell.rowLabel(), cell.read(), cell.implied(), cell.impliedValue(),
                cell.confidence(), cell.why());
    }

    /** The status a word names (pass, warn, fail, unverified); a word not among them is refused. */
    static CheckStatus status(String word) {
        if (word == null) {
            return null;
        }
        for (CheckStatus status : CheckStatus.values()) {
            if (status.toString().equals(word)) {
                return status;
            }
        }
        throw new IllegalArgumentException("\"" + word + "\" is not a check status (pass, warn, fail, unverified)");
    }
}
