package app.homeplan.store;

/** The two kinds of database Homeplan keeps families in: a data file on this computer, or a clinic's server. */
public enum Dialect {
    SQLITE, POSTGRESQL
}
