package app.homeplan.safety;

import app.homeplan.i18n.Messages;

/** File sizes in words people read: "412 KB", "3.4 MB". */
public final class BackupSizes {
    private BackupSizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return Messages.get("safety.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Messages.get("safety.size.mb", bytes / (1024.0 * 1024.0));
    }
}
