package app.homeplan.fileformat.ui;

import app.homeplan.fileformat.EncryptedFamilyFile;
import app.homeplan.i18n.Messages;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.Forms;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The passphrase of a locked family file, asked in the window as the command line asks on its console
 * (never stored, never shown). Exporting: lock the file or leave both fields empty for a plain file.
 */
final class PassphraseDialog {
    private PassphraseDialog() {
    }

    /** A passphrase to lock the export with, an empty one for a plain file, nothing when cancelled. */
    static Optional<char[]> forExport(Window owner) {
        PasswordField passphrase = new PasswordField();
        passphrase.setId("exportPassphrase");
        PasswordField again = new PasswordField();
        again.setId("exportPassphraseAgain");
        StringBinding problem = Bindings.createStringBinding(
                () -> exportProblem(passphrase.getText(), again.getText()), passphrase.textProperty(), again.textProperty());
        ButtonType export = new ButtonType(Messages.get("fileformat.passphrase.export"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(owner, "fileformat.passphrase.exportTitle", export, new VBox(10,
                Dialogs.message(Messages.get("fileformat.passphrase.exportExplain", EncryptedFamilyFile.MIN_PASSPHRASE)),
                Forms.field(Messages.get("fileformat.passphrase.field"), passphrase),
                Forms.field(Messages.get("fileformat.passphrase.again"), again),
                Forms.problem(problem)));
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(problem.isNotEmpty());
        dialog.setOnShown(e -> passphrase.requestFocus());
        return dialog.showAndWait().filter(export::equals).map(ok -> passphrase.getText().toCharArray());
    }

    /** What stops this passphrase from locking the file (empty: it may, or both fields are empty). */
    static String exportProblem(String passphrase, String again) {
        if (passphrase.isEmpty() && again.isEmpty()) {
            return "";
        }
        if (passphrase.length() < EncryptedFamilyFile.MIN_PASSPHRASE) {
            return Messages.get("fileformat.passphrase.tooShort", EncryptedFamilyFile.MIN_PASSPHRASE);
        }
        return passphrase.equals(again) ? "" : Messages.get("fileformat.passphrase.different");
    }

    /** The passphrase of a locked file being imported; nothing when cancelled. */
    static Optional<char[]> forImport(Window owner, Path file) {
        PasswordField passphrase = new PasswordField();
        passphrase.setId("importPassphrase");
        ButtonType open = new ButtonType(Messages.get("fileformat.passphrase.open"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(owner, "fileformat.passphrase.importTitle", open, new VBox(10,
                Dialogs.message(Messages.get("fileformat.passphrase.importExplain", String.valueOf(file.getFileName()))),
                Forms.field(Messages.get("fileformat.passphrase.field"), passphrase)));
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(passphrase.textProperty().isEmpty());
        dialog.setOnShown(e -> passphrase.requestFocus());
        return dialog.showAndWait().filter(open::equals).map(ok -> passphrase.getText().toCharArray());
    }

    private static Dialog<ButtonType> dialog(Window owner, String titleKey, ButtonType go, VBox content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(Messages.get(titleKey));
        content.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        ButtonType cancel = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, go);
        ((Button) dialog.getDialogPane().lookupButton(go)).setDefaultButton(true);
        return dialog;
    }
}
