package org.disclosure.pipeline.disclosure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * One place besides the title that may tell the document's year and kind (and, for a file name, its
 * unit), with the evidence to cite: a line of the cover, the pages' running header, the file name.
 */
record IdentitySource(Integer year, String kind, String unit, String evidence) {

    /** A date (2024年1月21日) gives the day something happened, not the year the document is about. */
    private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}年\\d{1,2}月");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    /** The name before the year in a file name, if it ends as a region's or an organ's name does. */
    private static final Pattern NAMED = Pattern.compile("^(\\p{IsHan}{2,40}?)\\s*(?:19|20)?\\d{2}\\s*年");
    private static final Pattern REGION_OR_ORGAN = Pattern.compile(
            "(?:省|自治区|市|自治州|州|盟|县|区|旗)$|" + IdentityReader.ORGANISATION.pattern());
    /** A page's top this near its upper edge, as a fraction of its height, is where a running header stands. */
    private static final double HEADER_BAND = 0.1;
    /** A running header repeats on at least this many pages. */
    private static final int HEADER_REPEATS = 3;

    /** The cover's lines in reading order, then the running header, then the file name: those that tell something. */
    static List<IdentitySource> beyondTheTitle(List<PageModel> pages, String fileName) {
        List<IdentitySource> sources = new ArrayList<>();
        pages.stream().filter(p -> !p.lines().isEmpty()).findFirst().ifPresent(cover -> {
            for (TextLine line : cover.lines()) {
                add(sources, read(line.normalizedText(), "page " + cover.number() + ": " + line.text().strip()));
            }
        });
        add(sources, runningHeaderOf(pages));
        add(sources, fileName(fileName));
        return sources;
    }

    /** What the pages' running header tells (江源市2022年市级决算 on every page), its unit too, or null. */
    static IdentitySource runningHeaderOf(List<PageModel> pages) {
        String header = runningHeader(pages);
        if (header == null) {
            return null;
        }
        IdentitySource read = read(header, "the running header " + header);
        Matcher named = NAMED.matcher(IdentityReader.joinDigits(header).replaceAll("\\s+", ""));
        String unit = named.find() && REGION_OR_ORGAN.matcher(named.group(1)).find() ? named.group(1) : null;
        return new IdentitySource(read.year(), read.kind(), unit, read.evidence());
    }

    /** What a file name tells (上海市普陀区规划和自然资源局2024年度部门决算.pdf), or null. */
    static IdentitySource fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = TextNormalizer.normalize(Path.of(fileName).getFileName().toString().replaceFirst("\\.[A-Za-z]+$", ""));
        Matcher year = BARE_YEAR.matcher(name);
        String kind = IdentityReader.KINDS.stream().filter(name::contains).findFirst().orElse(null);
        Matcher named = NAMED.matcher(name.strip());
        String unit = named.find() && REGION_OR_ORGAN.matcher(named.group(1)).find() ? named.group(1) : null;
        IdentitySource source = new IdentitySource(year.find() ? Integer.valueOf(year.group(1)) : null, kind, unit,
                "the file name " + fileName);
        return source.tellsAnything() ? source : null;
    }

    private static IdentitySource read(String text, String evidence) {
        String compact = IdentityReader.joinDigits(text).replaceAll("(?<=\\d)\\s+(?=年)", "");
        Integer year = null;
        if (!DATE.matcher(compact).find()) {
            Matcher match = IdentityReader.YEAR.matcher(compact);
            year = match.find() ? Integer.valueOf(match.group(1)) : null;
        }
        String spaceless = TextNormalizer.withoutSpaces(compact);
        String kind = IdentityReader.KINDS.stream().filter(spaceless::contains).findFirst().orElse(null);
        return new IdentitySource(year, kind, null, evidence);
    }

    /** The line most pages print at their top, when it repeats on several pages. */
    private static String runningHeader(List<PageModel> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (PageModel page : pages) {
            if (!page.lines().isEmpty() && page.lines().get(0).box().top() < page.height() * HEADER_BAND) {
                counts.merge(page.lines().get(0).normalizedText().strip(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= HEADER_REPEATS && !e.getKey().matches("[\\d\\s\\p{Punct}—－-]*"))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static void add(List<IdentitySource> sources, IdentitySource source) {
        if (source != null && source.tellsAnything()) {
            sources.add(source);
        }
    }

    private boolean tellsAnything() {
        return year != null || kind != null || unit != null;
    }
}
