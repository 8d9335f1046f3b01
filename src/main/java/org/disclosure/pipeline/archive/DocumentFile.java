package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.contract.ArtefactJson;
import org.disclosure.pipeline.contract.CheckMapping;
import org.disclosure.pipeline.contract.Corners;
import org.disclosure.pipeline.contract.DisclosureMapping;
import org.disclosure.pipeline.contract.DocumentJson;
import org.disclosure.pipeline.contract.HeadlineJson;
import org.disclosure.pipeline.contract.LedgerMapping;
import org.disclosure.pipeline.contract.OcrJson;
import org.disclosure.pipeline.contract.ProcessingJson;
import org.disclosure.pipeline.contract.SourceJson;
import org.disclosure.pipeline.contract.TableMapping;

/**
 * document.json in and out: the {@link DocumentRecord} mapped onto the contract's
 * {@link DocumentJson} and written, or read and mapped back. Every writer and reader of the file
 * goes through here, so the file's shape is the contract's, not the domain's; so does its
 * {@link DocumentHeadline}, the few fields read without the rest.
 */
public final class DocumentFile {

    private DocumentFile() {
    }

    public static byte[] bytes(DocumentRecord record) throws IOException {
        return Json.bytes(toJson(record));
    }

    /** The record a document.json holds; one of a newer schema version, or one that breaks the contract, is refused. */
    public static DocumentRecord read(Path file) throws IOException {
        DocumentJson json = Json.read(file, DocumentJson.class);
        if (json.schemaVersion() > DocumentJson.SCHEMA_VERSION) {
            throw new IOException(file + " is of schema version " + json.schemaVersion() + "; this pipeline reads up to "
                    + DocumentJson.SCHEMA_VERSION);
        }
        try {
            return fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold to the document.json contract: " + e.getMessage(), e);
        }
    }

    /** The headline of a document.json, its tables, pages and checks skipped unread. */
    public static DocumentHeadline readHeadline(Path file) throws IOException {
        try {
            return fromJson(Json.read(file, HeadlineJson.class));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold to the document.json contract: " + e.getMessage(), e);
        }
    }

    /** The headline of a document.json as text, as the index keeps it; {@link #headline} reads it back. */
    public static String headlineText(Path file) throws IOException {
        return new String(Json.bytes(Json.read(file, HeadlineJson.class)), StandardCharsets.UTF_8);
    }

    /** The headline that {@link #headlineText} wrote. */
    public static DocumentHeadline headline(String text) throws IOException {
        try {
            return fromJson(Json.parse(text, HeadlineJson.class));
        } catch (IllegalArgumentException e) {
            throw new IOException("a headline that does not hold to the document.json contract: " + e.getMessage(), e);
        }
    }

    private static DocumentHeadline fromJson(HeadlineJson json) {
        return new DocumentHeadline(status(json.status()), fromJson(json.source()), DisclosureMapping.fromJson(json.document()),
                CheckMapping.fromJson(json.summary()), json.ledger() == null ? null : json.ledger().coverage(),
                json.tables() == null ? 0 : json.tables().size(), fromJson(json.processing()),
                artefactsFromJson(json.artefacts()));
    }

    static DocumentJson toJson(DocumentRecord record) {
        return new DocumentJson(record.schemaVersion(), word(record.status()), toJson(record.source()), toJson(record.ocr()),
                DisclosureMapping.toJson(record.document()), DisclosureMapping.pagesToJson(record.pages()),
                TableMapping.toJson(record.tables()), DisclosureMapping.requiredToJson(record.requiredTables()),
                DisclosureMapping.targetsToJson(record.performanceTargets()),
                DisclosureMapping.projectsToJson(record.projects()), DisclosureMapping.figuresToJson(record.figures()),
                LedgerMapping.toJson(record.ledger()), CheckMapping.toJson(record.summary()),
                CheckMapping.toJson(record.checks()), toJson(record.processing()), artefactsToJson(record.artefacts()));
    }

    static DocumentRecord fromJson(DocumentJson json) {
        return new DocumentRecord(json.schemaVersion(), status(json.status()), fromJson(json.source()), fromJson(json.ocr()),
                DisclosureMapping.fromJson(json.document()), DisclosureMapping.pagesFromJson(json.pages()),
                TableMapping.fromJson(json.tables()), DisclosureMapping.requiredFromJson(json.requiredTables()),
                DisclosureMapping.targetsFromJson(json.performanceTargets()),
                DisclosureMapping.projectsFromJson(json.projects()), DisclosureMapping.figuresFromJson(json.figures()),
                LedgerMapping.fromJson(json.ledger()), CheckMapping.fromJson(json.summary()),
                CheckMapping.fromJson(json.checks()), fromJson(json.processing()), artefactsFromJson(json.artefacts()));
    }

    private static String word(DocumentStatus status) {
        return status == null ? null : status.key();
    }

    /** The status a word names; an unknown word is refused, and the caller names the file. */
    private static DocumentStatus status(String word) {
        return word == null ? null : DocumentStatus.of(word);
    }

    private static SourceJson toJson(SourceInfo source) {
        return source == null ? null : new SourceJson(source.fileName(), source.sha256(), source.bytes(), source.pages(),
                source.producer(), source.creator(), source.repair());
    }

    private static SourceInfo fromJson(SourceJson source) {
        return source == null ? null : new SourceInfo(source.fileName(), source.sha256(), source.bytes(), source.pages(),
                source.producer(), source.creator(), source.repair());
    }

    private static ProcessingJson toJson(ProcessingInfo processing) {
        return processing == null ? null
                : new ProcessingJson(processing.pipelineVersion(), processing.receivedAt(), processing.millis());
    }

    private static ProcessingInfo fromJson(ProcessingJson processing) {
        return processing == null ? null
                : new ProcessingInfo(processing.pipelineVersion(), processing.receivedAt(), processing.millis());
    }

    private static List<ArtefactJson> artefactsToJson(List<Artefact> artefacts) {
        return artefacts == null ? null : artefacts.stream()
                .map(a -> new ArtefactJson(a.name(), a.status() == null ? null : a.status().toString(), a.reason(),
                        a.isFailed())).toList();
    }

    private static List<Artefact> artefactsFromJson(List<ArtefactJson> artefacts) {
        return artefacts == null ? null : artefacts.stream().map(a -> new Artefact(a.name(),
                a.status() == null ? null : Artefact.Status.of(a.status()), a.reason())).toList();
    }

    private static OcrJson toJson(OcrInfo ocr) {
        if (ocr == null) {
            return null;
        }
        List<OcrJson.Page> pages = ocr.pages() == null ? null : ocr.pages().stream().map(p -> new OcrJson.Page(p.page(),
                p.meanConfidence(), p.words(), p.uncertain() == null ? null : p.uncertain().stream().map(CheckMapping::toJson).toList(),
                p.failure(), p.secondReads() == null ? null : p.secondReads().stream().map(DocumentFile::toJson).toList(),
                p.skewDegrees())).toList();
        return new OcrJson(ocr.engine(), ocr.version(), ocr.language(), ocr.dpi(), ocr.uncertainBelow(), pages,
                ocr.suspects().stream().map(CheckMapping::toJson).toList());
    }

    private static OcrInfo fromJson(OcrJson ocr) {
        if (ocr == null) {
            return null;
        }
        List<OcrInfo.Page> pages = ocr.pages() == null ? null : ocr.pages().stream().map(p -> new OcrInfo.Page(p.page(),
                p.meanConfidence(), p.words(), p.uncertain() == null ? null : p.uncertain().stream().map(CheckMapping::fromJson).toList(),
                p.failure(), p.secondReads() == null ? null : p.secondReads().stream().map(DocumentFile::fromJson).toList(),
                p.skewDegrees())).toList();
        return new OcrInfo(ocr.engine(), ocr.version(), ocr.language(), ocr.dpi(), ocr.uncertainBelow(), pages,
                ocr.suspects() == null ? null : ocr.suspects().stream().map(CheckMapping::fromJson).toList());
    }

    private static OcrJson.SecondReading toJson(OcrInfo.SecondReading read) {
        return new OcrJson.SecondReading(read.text(), Corners.of(read.bbox()), read.confidence(), read.firstRead(),
                read.firstConfidence(), read.secondRead(), read.secondConfidence(), read.agreed());
    }

    private static OcrInfo.SecondReading fromJson(OcrJson.SecondReading read) {
        return new OcrInfo.SecondReading(read.text(), Corners.box(read.bbox()), read.confidence(), read.firstRead(),
                read.firstConfidence(), read.secondRead(), read.secondConfidence(), read.agreed());
    }
}
