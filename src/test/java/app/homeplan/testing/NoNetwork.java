package app.homeplan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.DatagramSocket;
import java.net.ProtocolFamily;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Proves a piece of Homeplan opens no network connection: runs it in a separate JVM in which every
 * way Java code can reach the network is a tripwire that reports the attempt on stderr
 * ({@value #MARK}) and fails it.
 *
 * <p>Why this is sound on Java 17 (where the SecurityManager is deprecated and cannot be relied on):
 * <ul>
 *   <li>{@link Socket} and {@link ServerSocket} get their implementation from a factory that can be
 *       set once per JVM; ours refuses, so {@code new Socket(...)}, {@code URL.openStream()} over
 *       http(s), JDBC or mail drivers, and anything else built on them, fail at creation.</li>
 *   <li>{@link DatagramSocket} likewise (UDP).</li>
 *   <li>Everything built on NIO channels ({@code java.net.http.HttpClient}, {@code SocketChannel},
 *       {@code DatagramChannel}, and since JDK 15 the socket adaptors) asks
 *       {@link SelectorProvider#provider()}, which we replace with the system property
 *       {@code java.nio.channels.spi.SelectorProvider}; ours refuses every network channel and hands
 *       selectors and pipes (in-process plumbing) to the platform's own provider.</li>
 *   <li>Name lookups (DNS is network traffic too) are answered from an empty hosts file
 *       ({@code jdk.net.hosts.file}), so no resolver is ever asked.</li>
 * </ul>
 * Native code (SQLite's JNI library) does not go through Java's sockets; for that
 * {@code NoNetworkTest} also runs the child under {@code strace}, where available, and reads every
 * {@code socket}/{@code connect}/{@code sendto}/{@code bind} system call. A control run proves both
 * nets catch real attempts.
 */
public final class NoNetwork {
    public static final String MARK = "NETWORK ATTEMPT: ";
    private static final AtomicInteger ATTEMPTS = new AtomicInteger();

    private NoNetwork() {
    }

    /**
     * The command line for running {@code mainClass} in a child JVM behind the tripwires, optionally
     * under strace writing {@code straceLog}.
     */
    public static List<String> command(Path emptyHostsFile, Path straceLog, Class<?> mainClass, String... args)
            throws IOException {
        Files.writeString(emptyHostsFile, "");
        List<String> jvm = List.of(
                "-Djava.nio.channels.spi.SelectorProvider=" + Provider.class.getName(),
                "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Djdk.net.hosts.file=" + emptyHostsFile);
        List<String> guardedArgs = new ArrayList<>();
        guardedArgs.add(mainClass.getName());
        guardedArgs.addAll(Arrays.asList(args));
        List<String> cmd = new ArrayList<>();
        if (straceLog != null) {
            cmd.addAll(List.of("strace", "-f", "-qq", "-e", "signal=none",
                    "-e", "trace=socket,connect,sendto,sendmsg,bind,listen", "-o", straceLog.toString()));
        }
        cmd.addAll(ChildJvm.command(jvm, NoNetwork.class, guardedArgs.toArray(String[]::new)));
        return cmd;
    }

    /** True when strace can trace a child here (installed, and ptrace allowed). */
    public static boolean straceWorks() {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=none", "true")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * The traced system calls that talk over the Internet protocols (IPv4/IPv6): connect, sendto,
     * sendmsg, bind, listen. Local AF_UNIX IPC (the C library asking nscd about the user) is not the
     * network, and neither is a bare {@code socket()}: the JDK's networking library creates and
     * closes one IPv4 and one IPv6 socket when it loads, to learn what the system supports; nothing
     * is sent and nothing is connected.
     */
    public static List<String> internetCalls(Path straceLog) throws IOException {
        return Files.readAllLines(straceLog).stream()
                .filter(line -> line.contains("AF_INET"))
                .filter(line -> !line.matches("^\\d+\\s+socket\\(.*"))
                .toList();
    }

    /** Entry point of the child: tripwires first, then the real main class with the remaining arguments. */
    public static void main(String[] args) throws Throwable {
        installTripwires();
        Class<?> target = Class.forName(args[0]);
        Method main = target.getMethod("main", String[].class);
        int code = 0;
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (java.lang.reflect.InvocationTargetException e) {
            e.getCause().printStackTrace();
            code = 1;
        }
        System.out.flush();
        System.err.println("network attempts: " + ATTEMPTS.get());
        System.exit(ATTEMPTS.get() > 0 ? 3 : code);
    }

    @SuppressWarnings("deprecation") // the factories are exactly the hook needed here
    private static void installTripwires() throws IOException {
        Socket.setSocketImplFactory(() -> {
            throw new UncheckedIOException(attempt("java.net.Socket"));
        });
        ServerSocket.setSocketFactory(() -> {
            throw new UncheckedIOException(attempt("java.net.ServerSocket"));
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            throw new UncheckedIOException(attempt("java.net.DatagramSocket"));
        });
        if (!(SelectorProvider.provider() instanceof Provider)) {
            throw new IllegalStateException("start the JVM with -Djava.nio.channels.spi.SelectorProvider="
                    + Provider.class.getName());
        }
    }

    static SocketException attempt(String what) {
        ATTEMPTS.incrementAndGet();
        StringBuilder where = new StringBuilder(MARK).append(what);
        StackTraceElement[] stack = new Throwable().getStackTrace();
        for (int i = 1; i < Math.min(stack.length, 14); i++) {
            where.append("\n    at ").append(stack[i]);
        }
        System.err.println(where);
        return new SocketException("Homeplan must not use the network (" + what + ")");
    }

    /** Refuses every network channel; selectors and pipes go to the platform's own provider. */
    public static final class Provider extends SelectorProvider {
        private final SelectorProvider platform;

        public Provider() {
            try {
                // The platform default, reachable with --add-exports java.base/sun.nio.ch=ALL-UNNAMED.
                platform = (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider")
                        .getMethod("get").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot reach the platform's selector provider", e);
            }
        }

        @Override
        public DatagramChannel openDatagramChannel() throws IOException {
            throw attempt("DatagramChannel");
        }

        @Override
        public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
            throw attempt("DatagramChannel " + family);
        }

        @Override
        public Pipe openPipe() throws IOException {
            return platform.openPipe();
        }

        @Override
        public AbstractSelector openSelector() throws IOException {
            return platform.openSelector();
        }

        @Override
        public ServerSocketChannel openServerSocketChannel() throws IOException {
            throw attempt("ServerSocketChannel");
        }

        @Override
        public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
            if (family == StandardProtocolFamily.UNIX) {
                return platform.openServerSocketChannel(family); // a local socket file, not the network
            }
            throw attempt("ServerSocketChannel " + family);
        }

        @Override
        public SocketChannel openSocketChannel() throws IOException {
            throw attempt("SocketChannel");
        }

        @Override
        public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
            if (family == StandardProtocolFamily.UNIX) {
                return platform.openSocketChannel(family);
            }
            throw attempt("SocketChannel " + family);
        }

        @Override
        public Channel inheritedChannel() throws IOException {
            return platform.inheritedChannel();
        }
    }
}
