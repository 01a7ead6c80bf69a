package vn.phananh.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Free-port finding and port checks on the loopback interface. */
public final class Ports {

    /**
     * Ports handed out by this JVM: a broker's port and its controller port are chosen one after
     * the other, and must never be the same.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int LOWEST = 20_000;

    /**
     * A port that was free on 127.0.0.1 a moment ago, below the kernel's ephemeral range. A port
     * the kernel gave out for {@code bind(0)} is from that range, the one every outgoing
     * connection takes its local port from: on a busy machine a client of another test could
     * take it before our broker or node binds it.
     */
    public static int free() {
        int[] ephemeral = ephemeralRange();
        int highest = ephemeral[0] - 1;
        for (int attempt = 0; attempt < 200 && highest > LOWEST; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return kernelChosen();
    }

    /** Where the ephemeral range starts too low to stay below it: whatever port the kernel gives. */
    private static int kernelChosen() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        throw new IllegalStateException("No free port on 127.0.0.1");
    }

    /** True when something accepts connections on 127.0.0.1:port. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** The kernel's range for local ports of outgoing connections; Linux's default when unknown. */
    static int[] ephemeralRange() {
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            return new int[] { Integer.parseInt(range[0]), Integer.parseInt(range[1]) };
        }
        catch (IOException | RuntimeException ex) {
            return new int[] { 32_768, 60_999 };
        }
    }

    private Ports() {
    }
}
