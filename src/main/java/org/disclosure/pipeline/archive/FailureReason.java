package org.disclosure.pipeline.archive;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosure.pipeline.pdf.PdfRejection;
import org.disclosure.pipeline.vocabulary.Word;

/**
 * Why a file was rejected: the {@code reason} of its error.json (schema/error.schema.json lists
 * the same codes), of a stage failure and of the console's failed list.
 */
public enum FailureReason implements Word {
    EMPTY_FILE("empty-file", "空文件", false),
    NOT_A_PDF("not-a-pdf", "不是PDF文件", false),
    ENCRYPTED("encrypted", "PDF已加密", false),
    TRUNCATED("truncated", "PDF不完整", false),
    TOO_MANY_PAGES("too-many-pages", "页数超过上限", false),
    TOO_LARGE("too-large", "文件过大", false),
    DAMAGED("damaged", "PDF已损坏", false),
    TOO_COMPLEX("too-complex", "PDF结构过于复杂", false),
    TIME_LIMIT("time-limit", "处理超时", true),
    MEMORY_LIMIT("memory-limit", "内存超限", true),
    WORKER_CRASHED("worker-crashed", "处理进程崩溃", true),
    WORKER_LOST("worker-lost", "处理进程丢失", true),
    UNREADABLE_FILE("unreadable-file", "文件无法读取", true),
    WRITE_FAILED("write-failed", "写入失败", true),
    INTERNAL_ERROR("internal-error", "内部错误", true),
    SYMLINK("symlink", "符号链接", false),
    FOLDER("folder", "文件夹", false),
    NOT_A_FILE("not-a-file", "不是普通文件", false),
    OCR_FAILED("ocr-failed", "扫描页无法识别", false),
    /** Shown by the console for an error.json it cannot read; never written to one. */
    UNREADABLE_RECORD("unreadable-record", "失败记录无法读取", false);

    private final String code;
    private final String label;
    private final boolean retryable;

    FailureReason(String code, String label, boolean retryable) {
        this.code = code;
        this.label = label;
        this.retryable = retryable;
    }

    /** The stable code error.json carries. */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String key() {
        return code;
    }

    /** The reason in Chinese, for people. */
    @Override
    public String label() {
        return label;
    }

    /**
     * Whether it may not be the document's fault (a busy machine, a lost worker, storage that failed
     * for a moment), so another attempt, perhaps on another worker, could succeed.
     */
    public boolean retryable() {
        return retryable;
    }

    /** The reasons an error.json may carry (all but the console's own). */
    public static List<FailureReason> written() {
        return Arrays.stream(values()).filter(reason -> reason != UNREADABLE_RECORD).toList();
    }

    @JsonCreator
    public static FailureReason of(String code) {
        return Word.ofKey(FailureReason.class, code)
                .orElseThrow(() -> new IllegalArgumentException("not a failure reason: " + code));
    }

    /** The reason a PDF the reader refused is filed under. */
    public static FailureReason of(PdfRejection rejection) {
        return valueOf(rejection.name());
    }

    @Override
    public String toString() {
        return code;
    }
}
