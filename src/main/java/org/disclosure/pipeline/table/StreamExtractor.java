package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;

/**
 * Finds tables drawn without vertical rulings (borderless and three-line tables): lines of text
 * split into segments at wide gaps, columns from where the body's segments align, rows from the
 * vertical whitespace between lines, so that a name wrapped onto two lines stays one cell.
 */
final class StreamExtractor implements ExtractionAlgorithm {

    /** A gap wider than this many font sizes separates two cells on a line. */
    private static final double SEGMENT_GAP = 0.5;
    /** Where a figure or code meets a CJK label, a gap wider than this many font sizes separates cells. */
    private static final double SCRIPT_GAP = 0.2;
    /** Segments starting (or ending) within this many points of each other are aligned. */
    private static final double ALIGNED = 1.5;
    /** Between two ideographs, a gap wider than this many font sizes (and than the line's pitch) separates cells. */
    private static final double PACKED_LABEL_GAP = 0.35;
    /** Between two digits, a gap wider than this many font sizes ends one figure and starts the next. */
    private static final double FIGURE_GAP = 0.2;
    /** Lines further apart than this many font sizes do not belong to one table. */
    private static final double BLOCK_GAP = 2.5;
    /** Lines closer than this many font sizes (box to box) are one row: a wrapped cell. */
    private static final double ROW_GAP = 0.45;
    private static final int MIN_ROWS = 3;
    private static final int MIN_COLUMNS = 3;
    private static final Pattern FIGURE = Pattern.compile("[-(（]?[0-9０-９][0-9０-９,，. ]*[)）%]?");
    private static final Pattern CONTEXT_LINE = Pattern.compile("编制(部门|单位)|单\\s*位\\s*[:：]");
    private static final Pattern LEADER = Pattern.compile("[…．.·]{4,}");
    private static final Pattern TOTAL = Pattern.compile("(合\\s*计|总\\s*计)[:：]?");

    StreamExtractor() {
    }

    @Override
    public List<PageTable> tablesOn(PageModel page, List<Box> taken) {
        return extract(page, taken);
    }

    /** A run of glyphs on one line with no wide gap inside. */
    private record Segment(String text, Box box, boolean figure) {
    }

    /** A segment and the first and last column it belongs to. */
    private record Placed(Segment segment, int[] covered) {
    }

    private record Line(TextLine line, List<Segment> segments) {
        boolean tabular() {
            return segments.size() >= 2;
        }

        boolean hasFigure() {
            return segments.stream().anyMatch(Segment::figure);
        }
    }

    static List<PageTable> extract(PageModel page, List<Box> claimed) {
        List<Line> lines = new ArrayList<>();
        for (TextLine line : page.lines()) {
            if (claimed.stream().noneMatch(b -> b.contains(centerX(line.box()), centerY(line.box())))) {
                lines.add(new Line(line, segments(line)));
            }
        }
        List<PageTable> tables = new ArrayList<>();
        for (Block block : blocks(lines)) {
            PageTable table = table(page.number(), block);
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    /**
     * The rows at the top of a page that continue a text table from the previous page, read in that
     * table's columns (its edges): a rest of a row or two, or rows that each fill one cell, shows too
     * few columns of its own to be found as a table. Leading lines that repeat the table's header
     * (the characters of its first rows) are left out; below them, lines belong to the rest while
     * each of their segments stands within one column, close under the line before, until a
     * 编制/单位 line or the first table found on the page. Null when no line of figures in two
     * columns or more is there: a page's own text is not taken for rows.
     */
    static PageTable continuation(PageModel page, List<Box> claimed, List<Double> edges, List<List<Cell>> openRows) {
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c + 1 < edges.size(); c++) {
            columns.add(new double[] {edges.get(c), edges.get(c + 1)});
        }
        double ceiling = claimed.stream().mapToDouble(Box::top).min().orElse(Double.MAX_VALUE);
        List<Line> lines = new ArrayList<>();
        for (TextLine text : page.lines()) {
            if (text.box().bottom() > ceiling) {
                break;
            }
            lines.add(new Line(text, segments(text)));
        }
        List<Line> block = new ArrayList<>();
        int header = repeatedHeaderLines(lines, openRows);
        for (int i = header; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean near = block.isEmpty() || line.line().box().top() - last(block).line().box().bottom()
                    < BLOCK_GAP * line.line().size();
            if (isContext(line) || !near || !withinColumns(line, columns)) {
                break;
            }
            block.add(line);
        }
        while (!block.isEmpty() && !last(block).tabular() && !wrapsLastRow(block)) {
            block.remove(block.size() - 1);
        }
        if (block.stream().noneMatch(line -> line.tabular() && line.hasFigure())) {
            return null;
        }
        PageTable rest = cells(page.number(), block, 0, columns);
        // the repeated header is the table's, not a title above it; its rows are the first part's
        Box box = rest.box();
        for (Line line : lines.subList(0, header)) {
            box = box.union(line.line().box());
        }
        return new PageTable(rest.page(), box, rest.columnCount(), rest.columnEdges(), rest.rows(), false, rest.glyphs(),
                rest.strayGlyphs());
    }

    /**
     * How many of the leading lines repeat the open table's header: lines without figures whose
     * characters are those of the table's first rows (in any order: a centred label may come
     * before or after its neighbours on a line).
     */
    private static int repeatedHeaderLines(List<Line> lines, List<List<Cell>> openRows) {
        List<String> heads = new ArrayList<>();
        StringBuilder rowsText = new StringBuilder();
        for (int r = 0; r < openRows.size() - 1 && r < 6; r++) {
            openRows.get(r).forEach(cell -> rowsText.append(cell.text()));
            heads.add(sortedCharacters(rowsText.toString()));
        }
        int repeated = 0;
        StringBuilder linesText = new StringBuilder();
        for (int i = 0; i < lines.size() && !lines.get(i).hasFigure(); i++) {
            linesText.append(lines.get(i).line().text());
            if (heads.contains(sortedCharacters(linesText.toString()))) {
                repeated = i + 1;
            }
        }
        return repeated;
    }

    private static String sortedCharacters(String text) {
        int[] codePoints = text.codePoints().filter(c -> !Character.isWhitespace(c)).sorted().toArray();
        return codePoints.length == 0 ? "\u0000" : new String(codePoints, 0, codePoints.length);
    }

    /**
     * Whether each segment of the line starts within one of the columns and ends before the middle
     * of the next: a label may run into the whitespace that a right-aligned figure column leaves
     * on its left, never across a column.
     */
    private static boolean withinColumns(Line line, List<double[]> columns) {
        for (Segment segment : line.segments()) {
            Box box = segment.box();
            boolean within = false;
            for (int c = 0; c < columns.size() && !within; c++) {
                double[] column = columns.get(c);
                double end = c + 1 < columns.size() ? (columns.get(c + 1)[0] + columns.get(c + 1)[1]) / 2 : column[1] + ALIGNED;
                within = box.x0() >= column[0] - ALIGNED && box.x0() < column[1] && box.x1() <= end;
            }
            if (!within) {
                return false;
            }
        }
        return true;
    }

    private static List<Segment> segments(TextLine line) {
        List<Segment> segments = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        double pitch = typicalGap(line);
        boolean spaced = false;
        for (Glyph glyph : line.glyphs()) {
            if (glyph.isSpace()) {
                spaced = true;
                continue;
            }
            double gap = previous == null ? 0 : glyph.x0() - previous.x1();
            double size = previous == null ? 0 : Math.max(glyph.size(), previous.size());
            // a space printed between them is a word space (2022 年), not the padding between two cells
            boolean padding = !spaced && scriptChange(previous, glyph) && gap > SCRIPT_GAP * size && gap > 2 * pitch + 0.5;
            // two labels LibreOffice packs against each other (类 款项, 资本性支 资本): ideographs of one word
            // stand at the line's own pitch, two cells' text a padding apart
            boolean packedLabels = !spaced && previous != null && cjk(previous) && cjk(glyph)
                    && gap > PACKED_LABEL_GAP * size && gap > 2 * pitch + 0.5;
            // two figures side by side where a producer packs columns tight (1,917,544.96 1,462,070.56):
            // a figure goes on after a separator (1, 089. 40), never after a digit and a gap
            boolean figures = previous != null && digit(previous) && digit(glyph) && gap > FIGURE_GAP * size && gap > 2 * pitch + 0.5;
            spaced = false;
            if (previous != null && (gap > SEGMENT_GAP * size || padding || figures || packedLabels)) {
                segments.add(segment(run));
                run = new ArrayList<>();
            }
            run.add(glyph);
            previous = glyph;
        }
        if (!run.isEmpty()) {
            segments.add(segment(run));
        }
        return segments;
    }

    /**
     * Whether a figure or code meets a CJK label here: where a producer shrinks columns to their
     * text (LibreOffice), a right-aligned figure or a code stands against the next column's label
     * with only the cells' padding between them (201一般公共服务支出).
     */
    private static boolean scriptChange(Glyph before, Glyph after) {
        return before != null && ( digit(before) && cjk(after) || cjk(before) && digit(after));
    }

    private static boolean digit(Glyph glyph) {
        String text = glyph.text();
        return !text.isEmpty() && (Character.isDigit(text.charAt(text.length() - 1)));
    }

    private static boolean cjk(Glyph glyph) {
        String text = glyph.text();
        return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** The median gap between neighbouring glyphs of a line: letter-spaced text sets them all apart. */
    private static double typicalGap(TextLine line) {
        List<Double> gaps = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : line.glyphs()) {
            if (glyph.isSpace()) {
                continue;
            }
            if (previous != null) {
                gaps.add(Math.max(0, glyph.x0() - previous.x1()));
            }
            previous = glyph;
        }
        if (gaps.isEmpty()) {
            return 0;
        }
        java.util.Collections.sort(gaps);
        return gaps.get(gaps.size() / 2);
    }

    private static Segment segment(List<Glyph> glyphs) {
        TextLine read = LineBuilder.line(glyphs);
        return new Segment(read.text(), read.box(), FIGURE.matcher(read.text()).matches());
    }

    /**
     * Consecutive lines that can form a table, and whether they start right under the table's
     * 编制/单位 line (a headed block: a table for sure, even with one row of figures or none).
     */
    private record Block(List<Line> lines, boolean headed) {
    }

    /** Runs of consecutive lines that can form a table: tabular lines, and lines wrapped between them. */
    private static List<Block> blocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        boolean headed = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean context = isContext(line);
            boolean near = !block.isEmpty() && line.line().box().top() - last(block).line().box().bottom()
                    < BLOCK_GAP * line.line().size();
            // the first header line under a table's 单位 line may be one label centred over several columns
            boolean underContext = block.isEmpty() && !context && i > 0 && isContext(lines.get(i - 1))
                    && line.line().box().top() - lines.get(i - 1).line().box().bottom() < BLOCK_GAP * line.line().size()
                    && (line.tabular() || nextIsTabular(lines, i, block));
            if (underContext) {
                block.add(line);
                headed = true;
                continue;
            }
            // above its first row of figures, a headed block is its header, whose labels wrap at will (经济分 / 类科目 / 编码),
            // a label spanning the lower header rows standing by itself a header row's padding under the top one
            if (headed && near && !context && line.segments().size() == 1 && block.stream().noneMatch(Line::hasFigure)
                    && !isTotal(line) && block.stream().noneMatch(StreamExtractor::isTotal)) {
                block.add(line);
                continue;
            }
            // the 合计 row of a table with no figures (an empty table) prints its label alone
            if (headed && near && !context && isTotal(line) && block.stream().noneMatch(Line::hasFigure)) {
                block.add(line);
                continue;
            }
            // the first line of a page may be the rest of a row split at the page break (支出), words only
            boolean splitRest = i == 0 && block.isEmpty() && !line.hasFigure() && nextIsTabular(lines, i, block)
                    && !line.line().text().strip().endsWith("表");
            boolean joins = !context && (line.tabular() || (!block.isEmpty() && near || splitRest) && nextIsTabular(lines, i, block)
                    || !block.isEmpty() && near && (inColumns(line, block) || wrappedOn(line, block)
                    || wrapsOntoTabular(lines, i)));
            if (joins && (block.isEmpty() || near)) {
                block.add(line);
                continue;
            }
            close(blocks, block, headed);
            block = new ArrayList<>();
            headed = false;
            if (!context && line.tabular()) {
                block.add(line);
            }
        }
        close(blocks, block, headed);
        return blocks;
    }

    private static boolean isContext(Line line) {
        return CONTEXT_LINE.matcher(line.line().text()).find() || LEADER.matcher(line.line().text()).find();
    }

    private static boolean isTotal(Line line) {
        return line.segments().size() == 1 && TOTAL.matcher(line.line().text().strip()).matches();
    }

    /**
     * A row that fills only some of its columns (the rows of 支出 below the last 收入 row) prints
     * fewer segments than the table's columns, maybe one: it belongs to the table when each of its
     * segments starts or ends where a cell of the table's rows does (labels left-aligned, figures
     * right-aligned) and stays within that cell's slot, between its neighbours on that row. Only
     * body rows (with figures) are compared: header labels wrap and stand centred.
     */
    private static boolean inColumns(Line line, List<Line> block) {
        for (Segment segment : line.segments()) {
            boolean placed = false;
            for (Line row : block) {
                if (!row.tabular() || !row.hasFigure()) {
                    continue;
                }
                List<Segment> cells = row.segments();
                for (int c = 0; c < cells.size() && !placed; c++) {
                    Box cell = cells.get(c).box();
                    double floor = c == 0 ? -Double.MAX_VALUE : cells.get(c - 1).box().x1();
                    double ceiling = c + 1 == cells.size() ? Double.MAX_VALUE : cells.get(c + 1).box().x0();
                    boolean aligned = Math.abs(segment.box().x0() - cell.x0()) <= ALIGNED
                            || Math.abs(segment.box().x1() - cell.x1()) <= ALIGNED;
                    placed = aligned && segment.box().x0() > floor && segment.box().x1() < ceiling;
                }
                if (placed) {
                    break;
                }
            }
            if (!placed) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last line of a label wrapped over three or more lines (其他政府办公厅 / (室)及相关机构事 /
     * 务支出): one segment, close under the block's last line, starting where a segment of one of
     * its last two lines starts, or of any line from the first line of figures on: labels of two
     * columns wrapped side by side (其他政 / 府办公 beside 公务 / 接待 / 费) interleave their lines,
     * each starting where its column's labels do.
     */
    private static boolean wrappedOn(Line line, List<Line> block) {
        if (line.segments().size() != 1) {
            return false;
        }
        Box box = line.segments().get(0).box();
        if (box.top() - last(block).line().box().bottom() >= ROW_GAP * line.line().size()) {
            return false;
        }
        int firstFigures = 0;
        while (firstFigures < block.size() && !block.get(firstFigures).hasFigure()) {
            firstFigures++;
        }
        for (int i = Math.min(firstFigures, Math.max(0, block.size() - 2)); i < block.size(); i++) {
            for (Segment segment : block.get(i).segments()) {
                if (Math.abs(segment.box().x0() - box.x0()) <= ALIGNED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the line starts labels wrapped around a row's line of figures below it: the lines
     * from it down to the next tabular line stand as close as the lines of one row (机场 / 办公厅 /
     * 设施 above 201 03 99 … 60, LibreOffice centring two wrapped labels around their row).
     */
    private static boolean wrapsOntoTabular(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 6; j++) {
            Line line = lines.get(j);
            if (line.line().box().top() - lines.get(j - 1).line().box().bottom() >= ROW_GAP * line.line().size()
                    || isContext(line)) {
                return false;
            }
            if (line.tabular()) {
                return line.hasFigure();
            }
        }
        return false;
    }

    /** A single-segment line inside a table (a wrapped name) is followed closely by a tabular line. */
    private static boolean nextIsTabular(List<Line> lines, int i, List<Line> block) {
        Line line = lines.get(i);
        if (i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        return next.tabular() && next.line().box().top() - line.line().box().bottom() < BLOCK_GAP * line.line().size();
    }

    private static void close(List<Block> blocks, List<Line> block, boolean headed) {
        while (!block.isEmpty() && !last(block).tabular() && !(headed && isTotal(last(block)))
                && !laterColumnRow(last(block), block.subList(0, block.size() - 1))
                && !(wrapsLastRow(block) && inColumns(last(block), block.subList(0, block.size() - 1)))) {
            block.remove(block.size() - 1);
        }
        long tabular = block.stream().filter(Line::tabular).count();
        long withFigures = block.stream().filter(Line::hasFigure).count();
        if (tabular >= MIN_ROWS && withFigures >= 2) {
            blocks.add(new Block(block, headed));
        } else if (headed && tabular >= 2 && headedTableBody(block, withFigures)) {
            blocks.add(new Block(block, true));
        }
    }

    /**
     * Whether the block's last line, of one segment, is the last line of its last row wrapped: it
     * stands close under a tabular line, with no more whitespace between them than within a row
     * (the 16 of 1503. / 16 that LibreOffice wraps around the 收入总计 row's line, the 出 of
     * 一般公共服务支 / 出). A note under a table stands a row's padding further down.
     */
    private static boolean wrapsLastRow(List<Line> block) {
        if (block.size() < 2 || last(block).segments().size() != 1) {
            return false;
        }
        Line line = last(block);
        Line above = block.get(block.size() - 2);
        return above.tabular() && line.line().box().top() - above.line().box().bottom() < ROW_GAP * line.line().size();
    }

    /**
     * Whether a line of one segment that ends a block is a row filling a later column only (the
     * 支出 side running on below the last 收入 row, up to the page's foot): it starts right of the
     * first column's text on every body row, in a body cell's slot. A note under the table starts
     * at the left, in the first column, and is not a row.
     */
    private static boolean laterColumnRow(Line line, List<Line> block) {
        if (line.segments().size() != 1 || !inColumns(line, block)) {
            return false;
        }
        double x0 = line.segments().get(0).box().x0();
        double left = block.stream().filter(l -> !l.segments().isEmpty())
                .mapToDouble(l -> l.segments().get(0).box().x0()).min().orElse(x0);
        // body rows with text in the first column; a row that leaves it empty (201 一般公共服务支 … 1503.,
        // the label of a row below wrapped above it) shows nothing of where the first column ends
        List<Line> body = block.stream().filter(l -> l.tabular() && l.hasFigure()
                && l.segments().get(0).box().x0() <= left + ALIGNED).toList();
        return !body.isEmpty() && body.stream().allMatch(l -> x0 > l.segments().get(0).box().x1());
    }

    /**
     * A headed block is a table with a header and a single row (一般公共预算"三公"经费: one line of
     * figures, the last) or an empty one (the header and its 合计 row alone).
     */
    private static boolean headedTableBody(List<Line> block, long withFigures) {
        Line last = last(block);
        return withFigures == 1 && last.hasFigure() || withFigures == 0 && isTotal(last);
    }

    private static Line last(List<Line> block) {
        return block.get(block.size() - 1);
    }

    private static PageTable table(int page, Block headedBlock) {
        List<Line> block = headedBlock.lines();
        int firstBody = 0;
        while (firstBody < block.size() && !block.get(firstBody).hasFigure() && !isTotal(block.get(firstBody))) {
            firstBody++;
        }
        // the first row's label may wrap above its line of figures, centred in the row (一般公共服务支 / 出)
        while (headedBlock.headed() && firstBody > 1 && firstBody < block.size() && !block.get(firstBody - 1).tabular()
                && block.get(firstBody).line().box().top() - block.get(firstBody - 1).line().box().bottom()
                        < ROW_GAP * block.get(firstBody).line().size()) {
            firstBody--;
        }
        // Columns come from the body, where every cell sits inside its column; headers may straddle.
        // Under a table's 单位 line the header's lowest labels show the columns too, also those the
        // body leaves empty or has only one row (or none) to show.
        List<double[]> columns = columns(block.subList(firstBody, block.size()));
        if (headedBlock.headed() && firstBody >= 2) {
            List<Segment> body = block.subList(firstBody, block.size()).stream().flatMap(l -> l.segments().stream()).toList();
            List<Segment> header = headerSegments(block.subList(0, firstBody));
            List<double[]> headed = HeaderColumns.of(boxes(header), boxes(body), labelsStart(header, body));
            if (block.size() - firstBody <= 1 || headed.size() > columns.size()) {
                columns = headed;
            }
        }
        if (columns.size() < MIN_COLUMNS) {
            return null;
        }
        return cells(page, block, firstBody, columns);
    }

    /**
     * Where the first column's left-aligned labels start (财政拨款(补助), 一般公共预算 …): the body's
     * leftmost text when it is a label standing at or left of the header's; NaN when the body's
     * leftmost text is a figure (right-aligned: its cell's left is unknown).
     */
    private static double labelsStart(List<Segment> header, List<Segment> body) {
        Segment leftmost = body.stream().min(Comparator.comparingDouble(s -> s.box().x0())).orElse(null);
        double headerLeft = header.stream().mapToDouble(s -> s.box().x0()).min().orElse(Double.MAX_VALUE);
        return leftmost == null || leftmost.figure() || leftmost.box().x0() > headerLeft + ALIGNED ? Double.NaN
                : leftmost.box().x0();
    }

    /** The table of a block's lines placed in the given columns, its header the block's first firstBody lines. */
    private static PageTable cells(int page, List<Line> block, int firstBody, List<double[]> columns) {
        List<Double> edges = new ArrayList<>();
        edges.add(columns.get(0)[0]);
        for (int c = 1; c < columns.size(); c++) {
            edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
        }
        edges.add(columns.get(columns.size() - 1)[1]);

        List<List<Line>> rows = rows(block, firstBody);
        int headerRows = headerRowsOf(rows, firstBody);
        // each row as the segments it holds, with the columns each covers
        List<List<Placed>> placedRows = new ArrayList<>();
        List<List<Placed>> levels = firstBody > 0 ? headerLevels(block.subList(0, firstBody), columns) : null;
        if (levels != null) {
            placedRows.addAll(levels);
        }
        for (int r = levels != null ? headerRows : 0; r < rows.size(); r++) {
            List<Placed> placed = new ArrayList<>();
            for (Line line : rows.get(r)) {
                for (Segment segment : line.segments()) {
                    placed.add(new Placed(segment, covered(columns, segment.box())));
                }
            }
            placedRows.add(placed);
        }
        int bodyFrom = levels != null ? levels.size() : headerRows;
        List<List<Cell>> cellRows = new ArrayList<>();
        int glyphs = 0;
        int stray = 0;
        for (int r = 0; r < placedRows.size(); r++) {
            List<Placed> placed = placedRows.get(r);
            double top = placed.stream().mapToDouble(p -> p.segment().box().top()).min().orElseThrow();
            double bottom = placed.stream().mapToDouble(p -> p.segment().box().bottom()).max().orElseThrow();
            StringBuilder[] texts = new StringBuilder[columns.size()];
            int[] spans = new int[columns.size()];
            for (Placed p : placed) {
                Segment segment = p.segment();
                int[] covered = p.covered();
                int count = segment.text().replace(" ", "").length();
                glyphs += count;
                if (covered[1] > covered[0] && r >= bodyFrom) {
                    stray += count; // a body segment across columns: the columns are doubtful here
                }
                StringBuilder text = texts[covered[0]];
                if (text == null) {
                    texts[covered[0]] = text = new StringBuilder();
                } else if (LatticeExtractor.needsSpace(text.charAt(text.length() - 1), segment.text().charAt(0))) {
                    text.append(' ');
                }
                text.append(segment.text());
                spans[covered[0]] = Math.max(spans[covered[0]], covered[1] - covered[0] + 1);
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); ) {
                int span = Math.max(1, Math.min(spans[c], columns.size() - c));
                Box box = new Box(edges.get(c), top, edges.get(c + span), bottom);
                cells.add(new Cell(r, c, 1, span, texts[c] == null ? "" : texts[c].toString(), page, box));
                c += span;
            }
            cellRows.add(cells);
        }
        Box box = new Box(edges.get(0), cellRows.get(0).get(0).box().top(), edges.get(edges.size() - 1),
                cellRows.get(cellRows.size() - 1).get(0).box().bottom());
        return new PageTable(page, box, columns.size(), List.copyOf(edges), cellRows, false, glyphs, stray);
    }

    /**
     * Column extents: the body segments' x-ranges, overlapping ranges merged. A range holding only
     * one line's words (合计 printed across the code and name columns) is a merged cell, not a
     * column: its text goes to the nearest column.
     */
    private static List<double[]> columns(List<Line> body) {
        List<double[]> ranges = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            for (Segment s : body.get(i).segments()) {
                ranges.add(new double[] {s.box().x0(), s.box().x1(), i, s.figure() ? 1 : 0});
            }
        }
        ranges.sort(Comparator.comparingDouble(r -> r[0]));
        List<double[]> merged = new ArrayList<>();
        List<java.util.Set<Integer>> lines = new ArrayList<>();
        List<Boolean> figures = new ArrayList<>();
        for (double[] range : ranges) {
            double[] lastRange = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (lastRange != null && range[0] <= lastRange[1]) {
                lastRange[1] = Math.max(lastRange[1], range[1]);
            } else {
                merged.add(new double[] {range[0], range[1]});
                lines.add(new java.util.HashSet<>());
                figures.add(false);
            }
            lines.get(lines.size() - 1).add((int) range[2]);
            figures.set(figures.size() - 1, figures.get(figures.size() - 1) || range[3] > 0);
        }
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < merged.size(); c++) {
            boolean mergedLabel = lines.get(c).size() == 1 && !figures.get(c) && body.size() >= MIN_ROWS;
            if (!mergedLabel) {
                columns.add(merged.get(c));
            }
        }
        return columns.size() >= MIN_COLUMNS ? columns : merged;
    }

    /**
     * The rows of a header with several levels (支出预算 centred over 合计, 基本支出 and 项目支出): a
     * header cell whose text stands centred over several columns, with header text below it in each
     * of them, spans those columns, and the text below it belongs to the next header row; the text
     * of a cell that spans the header's rows (功能分类科目 / 编码) stays one cell in the first. Null
     * when no header cell spans columns so: the header's rows are then told apart by whitespace.
     */
    private static List<List<Placed>> headerLevels(List<Line> header, List<double[]> columns) {
        List<Placed> placed = new ArrayList<>();
        for (Segment segment : headerSegments(header)) {
            placed.add(new Placed(segment, covered(columns, segment.box())));
        }
        List<int[]> ranges = new ArrayList<>();
        boolean spanning = false;
        for (Placed p : placed) {
            int[] range = spannedRange(p, placed, columns);
            spanning |= range != null;
            ranges.add(range);
        }
        if (!spanning) {
            return null;
        }
        int[] level = new int[placed.size()];
        int depth = 0;
        for (int i = 0; i < placed.size(); i++) {
            int[] own = ranges.get(i) != null ? ranges.get(i) : placed.get(i).covered();
            for (int j = 0; j < placed.size(); j++) {
                int[] above = ranges.get(j);
                if (j != i && above != null && below(placed.get(i), placed.get(j)) && above[0] <= own[0] && own[1] <= above[1]
                        && above[1] - above[0] > own[1] - own[0]) {
                    level[i]++;
                }
            }
            depth = Math.max(depth, level[i] + 1);
        }
        List<List<Placed>> levels = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            levels.add(new ArrayList<>());
        }
        for (int i = 0; i < placed.size(); i++) {
            int[] range = ranges.get(i) != null ? ranges.get(i) : placed.get(i).covered();
            levels.get(level[i]).add(new Placed(placed.get(i).segment(), range));
        }
        levels.removeIf(List::isEmpty);
        return levels;
    }

    /**
     * The header's labels, a label wrapped over several lines of its cell joined into one
     * (经济分类科目编 / 码, 对个人和 / 家庭的补 / 助): a line that starts close under a label, within
     * its width, continues it; the header's rows stand further apart, by the cells' padding.
     */
    private static List<Segment> headerSegments(List<Line> header) {
        List<Segment> labels = new ArrayList<>();
        for (Line line : header) {
            for (Segment segment : line.segments()) {
                int above = -1;
                for (int k = labels.size() - 1; k >= 0 && above < 0; k--) {
                    if (wrapsUnder(segment, labels.get(k))) {
                        above = k;
                    }
                }
                if (above < 0) {
                    labels.add(segment);
                } else {
                    Segment first = labels.get(above);
                    labels.set(above, new Segment(first.text() + segment.text(), first.box().union(segment.box()), false));
                }
            }
        }
        return labels;
    }

    private static boolean wrapsUnder(Segment segment, Segment label) {
        Box box = segment.box();
        Box above = label.box();
        double gap = box.top() - above.bottom();
        return !segment.figure() && !label.figure() && gap < ROW_GAP * box.height() && gap > -0.5 * box.height()
                && box.x0() >= above.x0() - ALIGNED && box.x1() <= above.x1() + ALIGNED;
    }

    private static List<Box> boxes(List<Segment> segments) {
        return segments.stream().map(Segment::box).toList();
    }

    /**
     * The columns a header segment is centred over, when they are several and each has header text
     * of its own below the segment; else null.
     */
    private static int[] spannedRange(Placed p, List<Placed> header, List<double[]> columns) {
        Box box = p.segment().box();
        double centre = centerX(box);
        double size = box.height();
        int[] best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int a = 0; a <= p.covered()[0]; a++) {
            for (int b = Math.max(a + 1, p.covered()[1]); b < columns.size(); b++) {
                // the cells' edges, not their text's: labels stand left, figures right in their cells
                double left = a == 0 ? columns.get(0)[0] : (columns.get(a - 1)[1] + columns.get(a)[0]) / 2;
                double right = b == columns.size() - 1 ? columns.get(b)[1] : (columns.get(b)[1] + columns.get(b + 1)[0]) / 2;
                double distance = Math.abs(centre - (left + right) / 2);
                if (distance > Math.max(2 * size, 0.15 * (right - left)) || distance >= bestDistance) {
                    continue;
                }
                boolean underEach = true;
                for (int c = a; c <= b && underEach; c++) {
                    underEach = false;
                    for (Placed q : header) {
                        underEach |= q != p && below(q, p) && q.covered()[0] >= a && q.covered()[1] <= b
                                && q.covered()[0] <= c && c <= q.covered()[1];
                    }
                }
                if (underEach && nested(p, header, a, b)) {
                    best = new int[] {a, b};
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * Whether the labels below segment p nest in columns a to b: none of them straddles an end of
     * the range (功能分类科目编码 over 类 and 款 lies whole within 项目 above it, never half in it),
     * and each label standing right under p's text is inside it (项 under …科目编码).
     */
    private static boolean nested(Placed p, List<Placed> header, int a, int b) {
        Box box = p.segment().box();
        for (Placed q : header) {
            int[] covered = q.covered();
            if (q == p || !below(q, p)) {
                continue;
            }
            boolean straddles = covered[0] < a && a <= covered[1] || covered[0] <= b && b < covered[1];
            double centre = centerX(q.segment().box());
            boolean underText = centre > box.x0() && centre < box.x1();
            if (straddles || underText && (covered[0] < a || covered[1] > b)) {
                return false;
            }
        }
        return true;
    }

    /** Whether segment q stands below segment p, not beside it (a label centred across header rows). */
    private static boolean below(Placed q, Placed p) {
        return q.segment().box().top() >= p.segment().box().bottom() - 0.2 * p.segment().box().height();
    }

    /** Rows: header lines wrapped together, then body lines grouped where no whitespace separates them. */
    private static List<List<Line>> rows(List<Line> block, int firstBody) {
        List<List<Line>> rows = new ArrayList<>();
        List<Line> row = null;
        double rowBottom = 0;
        for (int i = 0; i < block.size(); i++) {
            Line line = block.get(i);
            boolean sameRow = row != null && (i != firstBody)
                    && line.line().box().top() - rowBottom < ROW_GAP * line.line().size();
            if (!sameRow) {
                row = new ArrayList<>();
                rows.add(row);
                rowBottom = line.line().box().bottom();
            }
            row.add(line);
            rowBottom = Math.max(rowBottom, line.line().box().bottom());
        }
        return rows;
    }

    private static int headerRowsOf(List<List<Line>> rows, int firstBody) {
        int lines = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (lines >= firstBody) {
                return r;
            }
            lines += rows.get(r).size();
        }
        return rows.size();
    }

    /** The first and last column a segment covers; at least the one nearest its centre. */
    private static int[] covered(List<double[]> columns, Box box) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < columns.size(); c++) {
            double[] col = columns.get(c);
            double overlap = Math.min(col[1], box.x1()) - Math.max(col[0], box.x0());
            if (overlap > 0.5 * Math.min(col[1] - col[0], box.width())) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            double centre = centerX(box);
            double best = Double.MAX_VALUE;
            for (int c = 0; c < columns.size(); c++) {
                double distance = Math.abs((columns.get(c)[0] + columns.get(c)[1]) / 2 - centre);
                if (distance < best) {
                    best = distance;
                    first = c;
                    last = c;
                }
            }
        }
        return new int[] {first, last};
    }

    private static double centerX(Box box) {
        return (box.x0() + box.x1()) / 2;
    }

    private static double centerY(Box box) {
        return (box.top() + box.bottom()) / 2;
    }
}
