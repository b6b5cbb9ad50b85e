package app.homeplan.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the test JVM itself (G1, the JVM's default here), each setting put back afterwards. One test: once
 * set through management a setting no longer counts as the default in this JVM.
 */
class HeapTrimTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private String minFree;
    private String maxFree;
    private String interval;

    @BeforeEach
    void remember() {
        assumeTrue("true".equals(vm.getVMOption("UseG1GC").getValue()), "the test JVM runs G1");
        minFree = value(HeapTrim.MIN_FREE);
        maxFree = value(HeapTrim.MAX_FREE);
        interval = value(HeapTrim.INTERVAL);
    }

    @AfterEach
    void restore() {
        vm.setVMOption(HeapTrim.MIN_FREE, "0");
        vm.setVMOption(HeapTrim.MAX_FREE, maxFree);
        vm.setVMOption(HeapTrim.MIN_FREE, minFree);
        vm.setVMOption(HeapTrim.INTERVAL, interval);
    }

    @Test
    void underG1TheHeapIsTrimmedOftenWhileStartingThenEveryMinuteButAChosenSettingIsLeftAlone() {
        assertEquals(true, HeapTrim.starting(vm));
        assertEquals("5", value(HeapTrim.MIN_FREE));
        assertEquals("20", value(HeapTrim.MAX_FREE));
        assertEquals("300", value(HeapTrim.INTERVAL));
        HeapTrim.idle(vm);
        assertEquals("60000", value(HeapTrim.INTERVAL));
        assertEquals("20", value(HeapTrim.MAX_FREE));

        // Then, as if given on the command line (origin no longer the default): left alone.
        vm.setVMOption(HeapTrim.MAX_FREE, "50");
        vm.setVMOption(HeapTrim.INTERVAL, "30000");
        HeapTrim.starting(vm);
        assertEquals("50", value(HeapTrim.MAX_FREE));
        assertEquals("30000", value(HeapTrim.INTERVAL));
        HeapTrim.idle(vm);
        assertEquals("30000", value(HeapTrim.INTERVAL), "relaxing touches only the interval it set");
    }

    private String value(String name) {
        return vm.getVMOption(name).getValue();
    }
}
