package app.homeplan.store;

import java.util.List;

/**
 * What a backup holds, so a user can choose the right one: how many families and the children's
 * names (the example family last).
 */
public record BackupContents(int schemaVersion, int familyCount, List<String> childNames) {
    public BackupContents {
        childNames = List.copyOf(childNames);
    }
}
