package app.homeplan.store;

/** Why a backup was taken; part of its file name, so a listing can say it without opening the file. */
public enum BackupKind {
    /** The first time the data file is opened on a day. */
    DAILY(""),
    /** Just before the data file is updated for a newer Homeplan. */
    BEFORE_UPDATE("before-update"),
    /** Just before another backup is put in its place. */
    BEFORE_RESTORE("before-restore");

    private final String suffix;

    BackupKind(String suffix) {
        this.suffix = suffix;
    }

    /** What the file name carries after the date ("" for daily backups). */
    public String suffix() {
        return suffix;
    }

    /** The words for this kind in listings. */
    public String messageKey() {
        return "safety.backup.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }

    static BackupKind fromSuffix(String suffix) {
        for (BackupKind kind : values()) {
            if (kind.suffix.equals(suffix == null ? "" : suffix)) {
                return kind;
            }
        }
        return DAILY;
    }
}
