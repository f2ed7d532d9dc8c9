package org.madang.platform.operations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This running copy of the portal, as the other instances (and the operators) see it: host, Liberty
 * server, application and a random part new at every start, so that two applications in one server
 * (the portal and the test archive) or a restarted server are told apart.
 */
@ApplicationScoped
public class InstanceName {
    private String name;

    @PostConstruct
    void init() {
        name = of(host(), System.getProperty("wlp.server.name", "server"), application(),
                UUID.randomUUID().toString().substring(0, 8));
    }

    static String of(String host, String server, String application, String random) {
        String n = host + "/" + server + "/" + application + "/" + random;
        return n.length() <= 200 ? n : n.substring(n.length() - 200);
    }

    /** At most 200 characters; never contains a space. */
    public String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replace(' ', '_');
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String application() {
        try {
            Object name = InitialContext.doLookup("java:app/AppName"); // not inline: valueOf(char[]) would be chosen
            return String.valueOf(name).replace(' ', '_');
        } catch (NamingException e) {
            return "madang";
        }
    }
}
