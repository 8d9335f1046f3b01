package org.disclosure.pipeline.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bytes {@code first} to {@code first + length - 1} of a file, read straight from disk into the
 * caller's buffer: holds no more of the file in memory than the caller asks for at a time.
 */
public final class FileSlice extends InputStream {

    private final FileChannel channel;
    private long position;
    private long remaining;

    public FileSlice(Path file, long first, long length) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.position = first;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (remaining <= 0) {
            return -1;
        }
        int read = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, remaining)), position);
        if (read < 0) {
            throw new IOException("the file ended " + remaining + " bytes early; did it shrink while being sent?");
        }
        position += read;
        remaining -= read;
        return read;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
