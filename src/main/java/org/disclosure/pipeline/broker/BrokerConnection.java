package org.disclosure.pipeline.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** How this service connects to Artemis. */
public final class BrokerConnection {

    private BrokerConnection() {
    }

    /**
     * A connection factory for the broker at {@code url}. Unless the address says otherwise, a
     * consumer holds no messages beyond the one it works on (consumerWindowSize=0): a claim check is
     * tiny but its document takes seconds, so prefetching would starve idle workers and leave more
     * messages waiting on a worker that dies.
     */
    public static ConnectionFactory connectionFactory(String url, String user, String password) {
        String address = url.contains("consumerWindowSize") ? url
                : url + (url.contains("?") ? "&" : "?") + "consumerWindowSize=0";
        return new ActiveMQConnectionFactory(address, blankToNull(user), blankToNull(password));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
