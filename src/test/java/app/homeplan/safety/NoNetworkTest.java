package app.homeplan.safety;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.testing.NetworkAttempts;
import app.homeplan.testing.NoNetwork;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Homeplan opens no network connection, ever: a whole store workflow and the command line run in a
 * child JVM where every Java route to the network is a tripwire ({@link NoNetwork}), and, where
 * strace works, every system call that could reach the network is recorded too. A control program
 * that does use the network proves both nets catch it.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not finish: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aWholeStoreWorkflowAndTheCommandLineOpenNoConnection() throws Exception {
        Path trace = NoNetwork.straceWorks() ? dir.resolve("strace.txt") : null;
        Result r = run(NoNetwork.command(dir.resolve("hosts"), trace, PrivacyWorkflow.class, dir.toString()));

        assertThat(r.err()).doesNotContain(NoNetwork.MARK).contains("network attempts: 0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Mia Nguyễn", "Restored", "workflow done");
        if (trace != null) {
            assertThat(NoNetwork.internetCalls(trace)).as("system calls touching IPv4/IPv6").isEmpty();
        }
    }

    @Test
    void theNetsCatchAProgramThatDoesUseTheNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            String port = String.valueOf(server.getLocalPort());

            Result guarded = run(NoNetwork.command(dir.resolve("hosts"), null, NetworkAttempts.class, port));
            assertThat(guarded.out().lines()).hasSize(6).allMatch(line -> line.contains("refused"));
            assertThat(guarded.err()).contains(NoNetwork.MARK + "java.net.Socket", NoNetwork.MARK + "java.net.ServerSocket",
                    NoNetwork.MARK + "java.net.DatagramSocket", NoNetwork.MARK + "SocketChannel");
            assertThat(guarded.exit()).as("any attempt fails the run").isEqualTo(3);

            if (NoNetwork.straceWorks()) {
                // Without the tripwires, strace alone sees the connection at the system-call level.
                Path trace = dir.resolve("control-strace.txt");
                List<String> unguarded = new java.util.ArrayList<>(List.of("strace", "-f", "-qq", "-e", "signal=none",
                        "-e", "trace=socket,connect,sendto,sendmsg,bind,listen", "-o", trace.toString()));
                unguarded.addAll(app.homeplan.testing.ChildJvm.command(List.of(), NetworkAttempts.class, port));
                Result plain = run(unguarded);
                assertThat(plain.out()).contains("socket: connected");
                assertThat(NoNetwork.internetCalls(trace)).anyMatch(call -> call.contains("connect(")
                        && call.contains("127.0.0.1"));
            }
        }
    }
}
