package org.disclosure.pipeline.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.ArchiveLock;
import org.disclosure.pipeline.archive.CrossCheckSidecars;
import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.report.CrossDocumentSection;

/**
 * Writes archived documents into the index. Each write replaces everything the index holds for
 * the document's sha256 in one transaction, so writing twice, or again after a crash, leaves the
 * same rows. {@link #reconcile()} makes the index agree with the archive folder again.
 */
public final class DocumentIndex {

    /**
     * Filing a document changes other documents too (their cross-checks.json, reports, rows, which
     * version stands), so filings, reconciliations and rebuilds on one archive take turns: two at
     * once would each settle versions without seeing the other, and a lost write left the index
     * short of an archived folder until the next start.
     */
    private static final String FILING_LOCK = ArchiveLayout.INDEX_FILING_LOCK;

    private final IndexDatabase database;
    private final Path archiveRoot;

    public DocumentIndex(IndexDatabase database, Path archiveRoot) {
        this.database = database;
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
    }

    public IndexDatabase database() {
        return database;
    }

    /** What a reconciliation or rebuild did; {@code unreadable} folders could not be indexed (damaged JSON). */
    public record Changes(int indexed, int removed, int unreadable) {
    }

    /** Indexes the archived folder from its document.json, replacing any rows for the same bytes. */
    public void index(Path folder) throws IOException, SQLException {
        write(rowsOf(folder));
    }

    static IndexRows rowsOf(Path folder) throws IOException {
        Path json = folder.resolve(ArchiveLayout.DOCUMENT_JSON);
        long modified = Files.getLastModifiedTime(json).toMillis();
        DocumentRecord record = DocumentFile.read(json);
        String headline = DocumentFile.headlineText(json);
        return IndexRows.of(folder.getFileName().toString(), record, headline, modified, CrossChecksFile.readIn(folder),
                crossChecksModified(folder));
    }

    /** When the folder's cross-checks.json was last written (epoch milliseconds), 0 when it has none. */
    static long crossChecksModified(Path folder) throws IOException {
        Path file = folder.resolve(ArchiveLayout.CROSS_CHECKS_JSON);
        return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() : 0L;
    }

    void write(IndexRows rows) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                replace(connection, rows);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Removes the document held in this archive folder, if the index has it. */
    public void removeFolder(String folder) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                deleteDocument(connection, null, folder);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Makes the index agree with the archive folder: folders the index lacks, or whose
     * document.json or cross-checks.json changed since it was indexed, are indexed; rows whose folder
     * is gone are removed. A document.json new to the index has its checks across documents told to
     * their counterparts again (a crash may have come between filing it and telling them). Only file
     * times are read for folders already indexed, so this is quick on a large archive.
     */
    public Changes reconcile() throws IOException, SQLException {
        try (ArchiveLock turn = turn()) {
            return reconcileInTurn();
        }
    }

    /**
     * Waits for this archive's filings to be this thread's turn: what is decided in it (the index, the
     * counterparts told, which version stands) sees every document filed before. Close to let it go.
     */
    public ArchiveLock turn() throws IOException {
        Files.createDirectories(archiveRoot);
        return ArchiveLock.take(archiveRoot.resolve(FILING_LOCK));
    }

    private Changes reconcileInTurn() throws IOException, SQLException {
        Map<String, List<Long>> indexed = indexedFolders();
        int added = 0;
        int unreadable = 0;
        Set<String> present = new HashSet<>();
        List<Path> newRecords = new ArrayList<>();
        Set<Path> indexedNow = new HashSet<>();
        for (Path folder : archivedFolders()) {
            String name = folder.getFileName().toString();
            present.add(name);
            List<Long> known = indexed.get(name);
            try {
                long modified = Files.getLastModifiedTime(folder.resolve(ArchiveLayout.DOCUMENT_JSON)).toMillis();
                if (known == null || known.get(0) != modified || known.get(1) != crossChecksModified(folder)) {
                    indexOnceMore(folder);
                    indexedNow.add(folder);
                    added++;
                    if (known == null || known.get(0) != modified) {
                        newRecords.add(folder);
                    }
                }
            } catch (IOException | SQLException notIndexed) {
                unreadable++;
            }
        }
        // a crash between filing a document and telling its counterparts: they are told now
        Set<Path> reread = new HashSet<>(indexedNow);
        for (Path folder : newRecords) {
            try {
                for (Path told : tellCounterparts(folder)) {
                    indexOnceMore(told);
                    if (present.contains(told.getFileName().toString()) && !reread.contains(told)) {
                        reread.add(told);
                        added++;
                    }
                }
            } catch (IOException | SQLException notTold) {
                unreadable++;
            }
        }
        // a document filed again in a newer version: the older ones are marked superseded
        for (Path folder : newRecords) {
            try {
                for (Path changed : applied(new Supersession(new DocumentSearch(database), archiveRoot).settle(folder), null)) {
                    if (!reread.contains(changed)) {
                        reread.add(changed);
                        added++;
                    }
                }
            } catch (IOException | SQLException notSettled) {
                unreadable++;
            }
        }
        int removed = 0;
        for (String name : indexed.keySet()) {
            if (!present.contains(name)) {
                try {
                    added += removed(name, reread);
                } catch (IOException notForgotten) {
                    unreadable++;
                }
                removed++;
            }
        }
        return new Changes(added, removed, unreadable);
    }

    /**
     * A folder gone from the archive: its rows go, what it said goes from the cross-checks.json, report
     * and rows of the documents it was checked against, and its versions are settled again (an older
     * one may stand again).
     *
     * @return how many present folders were indexed again that {@code reread} did not hold yet
     */
    private int removed(String name, Set<Path> reread) throws IOException, SQLException {
        DocumentSearch search = new DocumentSearch(database);
        Optional<IndexedDocument> gone = search.inFolder(name);
        Set<Path> changed = forgetEverywhere(name);
        removeFolder(name);
        IndexedDocument document = gone.orElse(null);
        if (document != null && document.unit() != null && document.year() != null && document.kind() != null) {
            changed.addAll(applied(new Supersession(search, archiveRoot).settle(document.unit(), document.year(),
                    document.kind(), null), null));
        }
        int added = 0;
        for (Path folder : changed) {
            if (reread.add(folder)) {
                added++;
            }
        }
        return added;
    }

    /**
     * Another process starting on the same archive may be indexing the same folder at this moment:
     * one of the two writes then fails on the document's key, and the second try finds it settled.
     */
    private void indexOnceMore(Path folder) throws IOException, SQLException {
        try {
            index(folder);
        } catch (SQLException raced) {
            index(folder);
        }
    }

    /** Empties the index and indexes every archived folder again from its document.json. */
    public Changes rebuild() throws IOException, SQLException {
        try (ArchiveLock turn = turn()) {
            return rebuildInTurn();
        }
    }

    private Changes rebuildInTurn() throws IOException, SQLException {
        int removed;
        try (Connection connection = database.connection(); var statement = connection.createStatement()) {
            removed = statement.executeUpdate("DELETE FROM documents");
        }
        Changes changes = reconcileInTurn();
        return new Changes(changes.indexed(), removed, changes.unreadable());
    }

    /** Archive folders holding a document.json; hidden ones (.work, .index) are not documents. */
    private List<Path> archivedFolders() throws IOException {
        if (!Files.isDirectory(archiveRoot)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(archiveRoot)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve(ArchiveLayout.DOCUMENT_JSON)))
                    .sorted()
                    .toList();
        }
    }

    /** Each indexed folder's document.json and cross-checks.json times, as they were indexed. */
    private Map<String, List<Long>> indexedFolders() throws SQLException {
        Map<String, List<Long>> folders = new HashMap<>();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT folder, record_modified, cross_checks_modified FROM documents");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                folders.put(rows.getString(1), List.of(rows.getLong(2), rows.getLong(3)));
            }
        }
        return folders;
    }

    /**
     * A document was filed: indexes it, writes its checks across documents into its counterparts'
     * cross-checks.json, and brings their index rows and reports up to date.
     *
     * @return the counterpart folders that learned something
     */
    public List<Path> filed(Path folder) throws IOException, SQLException {
        try (ArchiveLock turn = turn()) {
            return filedInTurn(folder);
        }
    }

    private List<Path> filedInTurn(Path folder) throws IOException, SQLException {
        // the counterparts first, the filed document last: until its own rows are committed, a crash
        // leaves it new to the index, and the next start-up tells its counterparts again
        List<Path> told = tellCounterparts(folder);
        for (Path counterpart : told) {
            index(counterpart);
        }
        settleVersions(folder);
        index(folder);
        return told;
    }

    /** Marks the older versions of the folder's document superseded by the latest: their files, reports and rows. */
    private void settleVersions(Path folder) throws IOException, SQLException {
        applied(new Supersession(new DocumentSearch(database), archiveRoot).settle(folder), folder);
    }

    /**
     * Puts what settling versions changed into the reports and the index ({@code pending}, indexed by the
     * caller, is left to it); a version that is the latest again has its checks across documents told anew.
     *
     * @return the folders indexed again
     */
    private Set<Path> applied(Supersession.Settled settled, Path pending) throws IOException, SQLException {
        Set<Path> reindexed = new HashSet<>();
        for (Path changed : settled.changed()) {
            CrossChecks now = CrossChecksFile.readIn(changed);
            CrossDocumentSection.patch(changed, now);
            if (!changed.equals(pending)) {
                if (!replacementOnly(changed, now)) {
                    indexOnceMore(changed);
                }
                reindexed.add(changed);
            }
            if (now.superseded()) {
                // what it said of documents the latest version does not pair with goes too
                reindexed.addAll(forgetEverywhere(changed.getFileName().toString()));
            }
        }
        if (settled.revived() != null) {
            reindexed.addAll(tellAgain(settled.revived()));
        }
        return reindexed;
    }

    /**
     * A version superseded before and still superseded, now by a later version: of its rows only the
     * replacement's folder and the cross-checks.json time change (a superseded version learns nothing, and its
     * own checks across documents count nowhere, whoever replaced it), so only those two are written instead
     * of all its rows again. That takes its row indexed from the document.json the folder holds now (the same
     * record time) and already superseded; otherwise nothing is written and it is false: index it in full.
     * Each version of a document filed again would otherwise be indexed anew at every later version.
     */
    private boolean replacementOnly(Path folder, CrossChecks now) throws IOException, SQLException {
        if (!now.superseded() || !now.learned().isEmpty()) {
            return false;
        }
        long recordModified = Files.getLastModifiedTime(folder.resolve(ArchiveLayout.DOCUMENT_JSON)).toMillis();
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE documents SET superseded_by = ?,"
                     + " cross_checks_modified = ? WHERE folder = ? AND record_modified = ? AND superseded_by IS NOT NULL")) {
            update.setString(1, now.supersededBy().folder());
            update.setLong(2, crossChecksModified(folder));
            update.setString(3, folder.getFileName().toString());
            update.setLong(4, recordModified);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Takes what the document in {@code folder} said out of the cross-checks.json, report and rows of
     * every document that learned it.
     *
     * @return the folders indexed again
     */
    private Set<Path> forgetEverywhere(String folder) throws IOException, SQLException {
        Set<Path> changed = new HashSet<>();
        CrossCheckSidecars sidecars = new CrossCheckSidecars(archiveRoot);
        for (String learner : new DocumentSearch(database).learnedFrom(folder)) {
            Path told = archiveRoot.resolve(learner);
            if (Files.isRegularFile(told.resolve(ArchiveLayout.DOCUMENT_JSON)) && sidecars.forget(told, folder)) {
                CrossDocumentSection.patch(told, CrossChecksFile.readIn(told));
                indexOnceMore(told);
                changed.add(told);
            }
        }
        return changed;
    }

    /**
     * A version that stands again (the one that superseded it was removed): what it said of its
     * counterparts, and what the documents that checked it said of it, is told again.
     */
    private Set<Path> tellAgain(Path revived) throws IOException, SQLException {
        Set<Path> reindexed = new HashSet<>(tellCounterparts(revived));
        for (String folder : new DocumentSearch(database).checkedWith(revived.getFileName().toString())) {
            Path checker = archiveRoot.resolve(folder);
            if (Files.isRegularFile(checker.resolve(ArchiveLayout.DOCUMENT_JSON))) {
                reindexed.addAll(tellCounterparts(checker));
            }
        }
        reindexed.add(revived);
        for (Path folder : reindexed) {
            indexOnceMore(folder);
        }
        return reindexed;
    }

    /**
     * The folder's checks across documents, told to the documents they were made with: their
     * cross-checks.json, and their report.html's section, put right even when the file was already
     * written (a crash between the two).
     *
     * @return every counterpart told
     */
    private List<Path> tellCounterparts(Path folder) throws IOException {
        List<Path> told = new CrossCheckSidecars(archiveRoot).propagate(folder);
        for (Path counterpart : told) {
            CrossDocumentSection.patch(counterpart, CrossChecksFile.readIn(counterpart));
        }
        return told;
    }

    /** The document's rows in place of any it had, in the caller's transaction. */
    static void replace(Connection connection, IndexRows rows) throws SQLException {
        if (indexedFromSameRecord(connection, rows.document())) {
            replaceChecks(connection, rows);
            return;
        }
        deleteDocument(connection, rows.document().sha256(), rows.document().folder());
        insert(connection, rows);
    }

    /**
     * True when the index holds the document in the same folder from the same document.json (its record time
     * and headline): its tables, figures and search terms, read from that file alone, are then as they would
     * be written again. A document is indexed again mostly because its cross-checks.json changed (a counterpart
     * told it something, a later version superseded it), which changes only its checks and their counts.
     */
    private static boolean indexedFromSameRecord(Connection connection, IndexRows.DocumentRow d) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT headline FROM documents WHERE sha256 = ? AND folder = ? AND record_modified = ?")) {
            query.setString(1, d.sha256());
            query.setString(2, d.folder());
            query.setLong(3, d.recordModified());
            try (ResultSet found = query.executeQuery()) {
                return found.next() && d.headline().equals(found.getString(1));
            }
        }
    }

    /** What cross-checks.json decides in the document's rows: its checks, their counts, whom it is superseded by. */
    private static void replaceChecks(Connection connection, IndexRows rows) throws SQLException {
        IndexRows.DocumentRow d = rows.document();
        try (PreparedStatement update = connection.prepareStatement("UPDATE documents SET checks_run = ?, checks_failed = ?,"
                + " checks_warned = ?, checks_unverified = ?, cross_checks_modified = ?, superseded_by = ?,"
                + " checks_failed_across = ? WHERE sha256 = ?")) {
            int i = 0;
            update.setInt(++i, d.summary().run());
            update.setInt(++i, d.summary().failed());
            update.setInt(++i, d.summary().warned());
            update.setInt(++i, d.summary().unverified());
            update.setLong(++i, d.crossChecksModified());
            update.setString(++i, d.supersededBy());
            update.setInt(++i, d.failedAcross());
            update.setString(++i, d.sha256());
            update.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM checks WHERE document = ?")) {
            delete.setString(1, d.sha256());
            delete.executeUpdate();
        }
        insertChecks(connection, rows);
    }

    /** Deletes by hash and by folder: a folder re-filed with other bytes must not keep its old row. */
    private static void deleteDocument(Connection connection, String sha256, String folder) throws SQLException {
        // looked up first, each key through its own index: a document new to the index (the usual
        // case) costs one query instead of five deletes
        List<String> documents = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sha256 FROM documents WHERE sha256 = ? UNION SELECT sha256 FROM documents WHERE folder = ?")) {
            query.setString(1, sha256);
            query.setString(2, folder);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    documents.add(found.getString(1));
                }
            }
        }
        for (String document : documents) {
            // children first: a PostgreSQL or H2 cascade would do it, but this does not depend on one
            for (String table : new String[] {"search_terms", "figures", "checks", "document_tables"}) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE document = ?")) {
                    delete.setString(1, document);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM documents WHERE sha256 = ?")) {
                delete.setString(1, document);
                delete.executeUpdate();
            }
        }
    }

    private static void insert(Connection connection, IndexRows rows) throws SQLException {
        IndexRows.DocumentRow d = rows.document();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO documents (sha256, folder, file_name, title,"
                + " unit, normalised_unit, region, budget_year, kind, pages, status, coverage, checks_run, checks_failed,"
                + " checks_warned, checks_unverified, not_checked, artefact_failed, received_at, archived_at,"
                + " record_modified, headline, cross_checks_modified, superseded_by, checks_failed_across)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            insert.setString(++i, d.sha256());
            insert.setString(++i, d.folder());
            insert.setString(++i, d.fileName());
            insert.setString(++i, d.title());
            insert.setString(++i, d.unit());
            insert.setString(++i, d.normalisedUnit());
            insert.setString(++i, d.region());
            setInteger(insert, ++i, d.year());
            insert.setString(++i, d.kind());
            setInteger(insert, ++i, d.pages());
            insert.setString(++i, d.status() == null ? null : d.status().key());
            insert.setBigDecimal(++i, d.coverage());
            insert.setInt(++i, d.summary().run());
            insert.setInt(++i, d.summary().failed());
            insert.setInt(++i, d.summary().warned());
            insert.setInt(++i, d.summary().unverified());
            insert.setBoolean(++i, d.notChecked());
            insert.setBoolean(++i, d.artefactFailed());
            insert.setString(++i, d.receivedAt());
            insert.setString(++i, d.archivedAt());
            insert.setLong(++i, d.recordModified());
            insert.setString(++i, d.headline());
            insert.setLong(++i, d.crossChecksModified());
            insert.setString(++i, d.supersededBy());
            insert.setInt(++i, d.failedAcross());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document_tables (document, table_id, title,"
                + " standard_kind, money_unit, pages) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (IndexRows.TableRow t : rows.tables()) {
                insert.setString(1, d.sha256());
                insert.setString(2, t.tableId());
                insert.setString(3, t.title());
                insert.setString(4, t.standardKind());
                insert.setString(5, t.moneyUnit());
                insert.setString(6, t.pages());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO figures (document, table_id, grid_row,"
                + " grid_column, row_code, row_label, column_meaning, column_header, amount, money_unit, percent, page,"
                + " box_x0, box_top, box_x1, box_bottom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IndexRows.FigureRow f : rows.figures()) {
                int i = 0;
                insert.setString(++i, d.sha256());
                insert.setString(++i, f.tableId());
                insert.setInt(++i, f.row());
                insert.setInt(++i, f.column());
                insert.setString(++i, f.rowCode());
                insert.setString(++i, f.rowLabel());
                insert.setString(++i, f.columnMeaning());
                insert.setString(++i, f.columnHeader());
                insert.setBigDecimal(++i, f.amount());
                insert.setString(++i, f.moneyUnit());
                insert.setBoolean(++i, f.percent());
                insert.setInt(++i, f.page());
                for (int corner = 0; corner < 4; corner++) {
                    if (f.box() != null && f.box().size() == 4) {
                        insert.setDouble(++i, f.box().get(corner));
                    } else {
                        insert.setNull(++i, Types.DOUBLE);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        insertChecks(connection, rows);
        insertTerms(connection, rows);
    }

    private static void insertChecks(Connection connection, IndexRows rows) throws SQLException {
        IndexRows.DocumentRow d = rows.document();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO checks (document, check_order, rule,"
                + " status, message, page, counterpart, learned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IndexRows.CheckRow c : rows.checks()) {
                insert.setString(1, d.sha256());
                insert.setInt(2, c.order());
                insert.setString(3, c.rule());
                insert.setString(4, c.status());
                insert.setString(5, c.message());
                setInteger(insert, 6, c.page());
                insert.setString(7, c.counterpart());
                insert.setBoolean(8, c.learned());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertTerms(Connection connection, IndexRows rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_terms (term, document) VALUES (?, ?)")) {
            for (String term : rows.terms()) {
                insert.setString(1, term);
                insert.setString(2, rows.document().sha256());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
