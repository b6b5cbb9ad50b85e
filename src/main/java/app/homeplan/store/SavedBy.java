package app.homeplan.store;

import java.time.Instant;

/**
 * Who saved a part of a family last and when, as a clinic's server recorded it: their login, the full
 * name the clinic gave that login (the login itself when it has none), and the server's clock.
 */
public record SavedBy(String login, String name, Instant at) {
}
