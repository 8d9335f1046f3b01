package org.disclosure.pipeline.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the end of a PDF file, where every complete PDF says where its cross-reference lies
 * ({@code startxref <offset> %%EOF}). PDFBox repairs a file without it silently, by scanning, and
 * returns whatever pages it could find; this tells us first whether the file is whole.
 */
public final class FileEnd {

    /** How far from the end the trailer may lie: producers append a little padding or garbage. */
    private static final int TAIL = 4096;
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF");
    private static final Pattern XREF_AT = Pattern.compile("^\\s*(xref|\\d+\\s+\\d+\\s+obj)");

    /** What the end of the file says. */
    public enum State {
        /** {@code startxref} points at a cross-reference table or stream. */
        WHOLE,
        /** The file ends without {@code startxref ... %%EOF}: the upload or download was cut off. */
        TRUNCATED,
        /** The end is there, but the offset it gives is wrong: the reader has to rebuild the index. */
        BROKEN_XREF
    }

    private FileEnd() {
    }

    public static State inspect(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int tailLength = (int) Math.min(TAIL, length);
            String tail = read(in, length - tailLength, tailLength);
            MatchResult last = null;
            Matcher m = START_XREF.matcher(tail);
            while (m.find()) {
                last = m.toMatchResult();
            }
            if (last == null) {
                return State.TRUNCATED;
            }
            long offset;
            try {
                offset = Long.parseLong(last.group(1));
            } catch (NumberFormatException e) {
                return State.BROKEN_XREF;
            }
            if (offset <= 0 || offset >= length) {
                return State.BROKEN_XREF;
            }
            String at = read(in, offset, (int) Math.min(64, length - offset));
            return XREF_AT.matcher(at).find() ? State.WHOLE : State.BROKEN_XREF;
        }
    }

    private static String read(RandomAccessFile in, long from, int count) throws IOException {
        byte[] bytes = new byte[count];
        in.seek(from);
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
