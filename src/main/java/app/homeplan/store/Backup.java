package app.homeplan.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file of a data file: when it was taken (local time), why, and how big it is. */
public record Backup(Path file, LocalDateTime takenAt, BackupKind kind, long sizeBytes) {
}
