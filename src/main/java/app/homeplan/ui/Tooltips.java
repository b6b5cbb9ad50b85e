package app.homeplan.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, the only time a tooltip can show. A
 * {@link Tooltip} is a popup window of its own with a skin and a stylesheet pass; made up front, the
 * home screen's eight cost its first frame about 4 % of the UI thread's start-up (issue 15's profile).
 * The text is the control's accessible help at once, as a set tooltip's text would be.
 */
public final class Tooltips {
    private static final Object TEXT = new Object();
    private static final Object WAITING = new Object();

    private Tooltips() {
    }

    /** Gives {@code control} the tooltip {@code text}; a later call replaces it, as {@code setTooltip} would. */
    public static void onHover(Control control, String text) {
        Object before = control.getProperties().put(TEXT, text);
        String help = control.getAccessibleHelp();
        if (help == null || help.isEmpty() || help.equals(before)) {
            control.setAccessibleHelp(text); // unless someone else has said more (ReadOnlyMode says why it is off)
        }
        if (control.getTooltip() != null) {
            control.getTooltip().setText(text); // already made: the pointer has been over it
            return;
        }
        if (control.getProperties().containsKey(WAITING)) {
            return;
        }
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                control.getProperties().remove(WAITING);
                control.setTooltip(new Tooltip((String) control.getProperties().get(TEXT)));
            }
        };
        control.getProperties().put(WAITING, first);
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, first);
    }
}
