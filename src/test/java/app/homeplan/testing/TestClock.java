package app.homeplan.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand ("the next morning"), in UTC so local dates are predictable. */
public final class TestClock extends Clock {
    private Instant now;

    public TestClock(LocalDateTime start) {
        this.now = start.toInstant(ZoneOffset.UTC);
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(LocalDateTime at) {
        now = at.toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
