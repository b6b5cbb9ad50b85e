package app.homeplan.review.ui;

import app.homeplan.store.Store;
import app.homeplan.ui.ConflictView;
import app.homeplan.ui.ReadOnlyMode;
import app.homeplan.ui.SaveStatus;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * What the review screen shows around its own content, as the wizard does: the "Not saved" banner
 * under the header while saving fails, and, on a data file that can only be read, the read-only
 * banner with every rating, date and note locked and "Start a review" switched off saying why.
 * Reviews can still be opened, the results and charts looked at, and the goals seen in the wizard.
 */
final class ReviewScreenFrame {
    private ReviewScreenFrame() {
    }

    static void decorate(ReviewView view, ReviewViewModel model, Store store) {
        // Into the header's own box, which stays the screen's first child: Tab meets its actions first, as drawn.
        VBox top = (VBox) view.getTop();
        top.getChildren().addAll(SaveStatus.problemBanner(model.autosaver()), ConflictView.banner(model.autosaver()));
        if (!store.isReadOnly()) {
            return;
        }
        VBox banner = new VBox(ReadOnlyMode.banner(store.file()));
        banner.setPadding(new Insets(8, 24, 8, 24));
        top.getChildren().add(banner);

        ReadOnlyMode.disable((ButtonBase) view.lookup("#startReview"));
        // The sidebar: past reviews stay openable; the next review date and the GAS setting cannot be changed.
        // It scrolls at large text: its nodes are the scroll pane's content (lookup does not reach them before
        // the pane has a skin).
        Parent sidebar = (Parent) ((ScrollPane) view.lookup(".review-sidebar-scroll")).getContent();
        ReadOnlyMode.allow(sidebar.lookup("#reviseGoals"));
        ReadOnlyMode.lock(sidebar);
        // The ratings tab edits the open review; "See results" only moves to the other tab.
        TabPane tabs = (TabPane) view.lookup("#reviewTabs");
        for (Tab tab : tabs.getTabs()) {
            if ("ratingsTab".equals(tab.getId()) && tab.getContent() instanceof ScrollPane ratings) {
                ReadOnlyMode.allow(ratings.getContent().lookup("#seeResults"));
                ReadOnlyMode.lock(ratings);
            }
        }
    }
}
