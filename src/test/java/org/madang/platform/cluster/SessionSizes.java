package org.madang.platform.cluster;

import com.hazelcast.cache.ICache;
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;

import javax.cache.Cache;

/**
 * Reads, as a Hazelcast client of the instances' cluster, how much of one session Liberty keeps
 * there: its attributes are entries "sessionId.attributeName" of serialized bytes in the cache
 * com.ibm.ws.session.attr.default_host%2F (the portal's context root, "/").
 */
final class SessionSizes {
    private static final String ATTRIBUTES = "com.ibm.ws.session.attr.default_host%2F";

    record Size(int attributes, long bytes, long largest, String largestName) {
        @Override
        public String toString() {
            return attributes + " attributes, " + bytes + " bytes (largest: " + largestName + ", " + largest + " bytes)";
        }
    }

    private SessionSizes() {
    }

    /** @param sessionCookie the browser's session cookie, which holds the session id */
    static Size of(String sessionCookie) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(System.getProperty("madang.hazelcast.cluster", "madang"));
        config.getNetworkConfig().addAddress("127.0.0.1:5701", "127.0.0.1:5702", "127.0.0.1:5703");
        config.setProperty("hazelcast.logging.type", "none");
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        try {
            ICache<String, byte[]> cache = client.getCacheManager().getCache(ATTRIBUTES);
            int attributes = 0;
            long bytes = 0;
            long largest = 0;
            String largestName = null;
            for (Cache.Entry<String, byte[]> e : cache) {
                String key = e.getKey();
                int dot = key.indexOf('.');
                if (dot > 0 && sessionCookie.contains(key.substring(0, dot))) {
                    attributes++;
                    bytes += e.getValue().length;
                    if (e.getValue().length > largest) {
                        largest = e.getValue().length;
                        largestName = key.substring(dot + 1);
                    }
                }
            }
            return new Size(attributes, bytes, largest, largestName);
        } finally {
            client.shutdown();
        }
    }
}
