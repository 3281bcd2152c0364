package kz.assistant.reimbursement.cli;

import java.nio.file.Path;

import kz.assistant.reimbursement.reference.ReferenceImporter;
import org.springframework.stereotype.Component;

/** {@code reference import DIR}: the MIO registry, authorized organizations, rates and calendar, all or nothing. */
@Component
class ReferenceImportCommand implements CommandAction {

    private final ReferenceImporter importer;

    ReferenceImportCommand(ReferenceImporter importer) {
        this.importer = importer;
    }

    @Override
    public ExitCode execute(Command command) {
        Path directory = Path.of(command.argument(0));
        try {
            ReferenceImporter.Imported imported = importer.importFolder(directory);
            System.out.printf("Reference data loaded from %s: %d MIO, %d authorized organizations, %d years of rates, %d calendar days%n",
                    directory, imported.mios(), imported.organizations(), imported.rates(), imported.calendarDays());
            return ExitCode.COMPLETED;
        } catch (RuntimeException e) {
            System.out.println("Reference data NOT loaded (nothing was changed): " + e.getMessage());
            return ExitCode.USAGE;
        }
    }
}
