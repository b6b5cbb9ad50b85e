package app.homeplan.testing;

import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;

/**
 * The control for {@code NoNetworkTest}: a program that does use the network, in every way Java
 * offers, against a server on this machine (port given as the argument). The tripwires must catch
 * each of them, and strace must see them when the tripwires are off.
 */
public final class NetworkAttempts {
    private NetworkAttempts() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        List<NamedAttempt> attempts = List.of(
                new NamedAttempt("socket", () -> {
                    try (Socket s = new Socket("127.0.0.1", port)) {
                        s.getOutputStream().write(1);
                    }
                }),
                new NamedAttempt("server socket", () -> {
                    try (ServerSocket s = new ServerSocket(0)) {
                        s.getLocalPort();
                    }
                }),
                new NamedAttempt("datagram", () -> {
                    try (DatagramSocket s = new DatagramSocket()) {
                        s.send(new DatagramPacket(new byte[] {1}, 1, InetAddress.getLoopbackAddress(), port));
                    }
                }),
                new NamedAttempt("socket channel", () -> {
                    try (SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
                        c.isConnected();
                    }
                }),
                new NamedAttempt("http client", () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                        .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                        .timeout(Duration.ofSeconds(1)).build(),
                                HttpResponse.BodyHandlers.discarding())),
                new NamedAttempt("url", () -> {
                    java.net.URLConnection c = URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
                    c.setConnectTimeout(1000);
                    c.setReadTimeout(1000); // the test's server never answers
                    try (InputStream in = c.getInputStream()) {
                        in.read();
                    }
                }));
        for (NamedAttempt a : attempts) {
            try {
                a.work().run();
                System.out.println(a.name() + ": connected");
            } catch (Exception | Error e) {
                System.out.println(a.name() + ": refused (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private record NamedAttempt(String name, Work work) {
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
