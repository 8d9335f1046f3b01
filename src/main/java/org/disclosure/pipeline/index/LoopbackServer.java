package org.disclosure.pipeline.index;

import org.h2.engine.SysProperties;

/**
 * Keeps the server of H2's automatic mixed mode on this machine. By default H2 binds it to every
 * interface (and allows other hosts), which would put the archive's database on the network; the
 * processes that share it are all local. Must run before H2 reads its settings, which it does once.
 */
final class LoopbackServer {

    static final String BIND_ADDRESS = "h2.bindAddress";

    private LoopbackServer() {
    }

    /**
     * Binds H2's servers to the loopback address unless the operator chose an address, and refuses
     * to go on if H2 had already read its settings without one (its server would listen everywhere).
     */
    static void keepLocal() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
        String bound = SysProperties.BIND_ADDRESS;
        if (bound == null || bound.isBlank()) {
            throw new IllegalStateException("H2 was started before the index could keep its server on this machine;"
                    + " start the JVM with -D" + BIND_ADDRESS + "=127.0.0.1");
        }
    }
}
