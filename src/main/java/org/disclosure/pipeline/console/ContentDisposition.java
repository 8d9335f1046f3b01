package org.disclosure.pipeline.console;

import java.nio.charset.StandardCharsets;

/** Content-Disposition values (RFC 6266) for any file name, however it is spelt. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * {@code attachment} with the name twice: an ASCII stand-in for old clients, and the exact name
     * as RFC 5987 {@code filename*=UTF-8''...}, which no quote, semicolon or line break can break out of.
     */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiStandIn(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String asciiStandIn(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';';
            ascii.append(plain ? c : '_');
        }
        return ascii.toString();
    }

    /** Percent-encodes every UTF-8 byte but RFC 5987's attr-char. */
    static String encode(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
