package org.disclosure.pipeline.pdf;

import java.io.IOException;

import org.apache.fontbox.cff.CFFCharset;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * What a glyph shows, read from the name its font gives it (period, uni3002, zero, one.fw), for a
 * glyph whose ToUnicode says nothing a reader can use: a private-use code point, or nothing at all.
 * Simple fonts name their glyphs in their encoding; a CID font's CFF charset names them when the
 * font is not CID-keyed; a TrueType font's post table names them by glyph id.
 */
final class GlyphNames {

    private GlyphNames() {
    }

    /** The text the font's name for the glyph stands for, or null when it has no telling name. */
    static String unicodeOf(PDFont font, int code) {
        String name;
        try {
            name = nameOf(font, code);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged font keeps its glyph unrecovered, it does not stop the page
        }
        if (name == null || name.isEmpty() || name.startsWith(".")) {
            return null;
        }
        String text = GlyphList.getAdobeGlyphList().toUnicode(name);
        if (text == null || text.isEmpty() || PrivateUse.contains(text) || text.codePoints().anyMatch(Character::isISOControl)) {
            return null;
        }
        return text;
    }

    private static String nameOf(PDFont font, int code) throws IOException {
        if (font instanceof PDTrueTypeFont trueType) {
            String fromPost = postName(trueType.getTrueTypeFont(), trueType.codeToGID(code));
            return fromPost != null ? fromPost : encodingName(trueType, code);
        }
        if (font instanceof PDSimpleFont simple) {
            return encodingName(simple, code);
        }
        if (font instanceof PDType0Font type0) {
            PDCIDFont descendant = type0.getDescendantFont();
            if (descendant instanceof PDCIDFontType2 trueType) {
                return postName(trueType.getTrueTypeFont(), trueType.codeToGID(code));
            }
            if (descendant instanceof PDCIDFontType0 cff) {
                return charsetName(cff.getCFFFont(), cff.codeToGID(code));
            }
        }
        return null;
    }

    private static String encodingName(PDSimpleFont font, int code) {
        return font.getEncoding() == null ? null : font.getEncoding().getName(code);
    }

    private static String postName(TrueTypeFont font, int gid) throws IOException {
        if (font == null || gid <= 0) {
            return null;
        }
        PostScriptTable post = font.getPostScript();
        return post == null ? null : post.getName(gid);
    }

    /** A CID-keyed CFF font numbers its glyphs instead of naming them. */
    private static String charsetName(CFFFont font, int gid) {
        if (font == null || gid <= 0) {
            return null;
        }
        CFFCharset charset = font.getCharset();
        return charset == null || charset.isCIDFont() ? null : charset.getNameForGID(gid);
    }
}
