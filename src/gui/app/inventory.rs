//! Interface inventories in the window: opening one (read on a thread of its own), showing it
//! in the Portfolio view, opening a row as a scenario, and exporting the evaluation.

use std::path::Path;

use crate::gui::View;
use crate::gui::dialog_data::{Dialog, PathPurpose};
use crate::gui::document::Source;
use crate::gui::loaded_inventory::{LoadedPortfolio, PendingPortfolio, SampleInventory};
use crate::gui::screenshot::Screenshot;
use crate::gui::views::portfolio::PortfolioShows;
use crate::io::output::is_same_file;
use crate::io::plain_io_error;
use crate::io::portfolio_report::{ReportFormat, write_report};
use crate::io::save::AtomicFile;

use super::AdvisorApp;

/// How often the window looks again while an inventory is being read.
const LOADING_REPAINT: std::time::Duration = std::time::Duration::from_millis(50);

impl AdvisorApp {
    /// Starts reading the inventory at `path`; the Portfolio view says so until it is ready,
    /// and keeps showing what it showed if the file cannot be read.
    pub(super) fn open_inventory(&mut self, path: &Path) {
        self.status = format!("Reading {}…", path.display());
        self.preferences.view = View::Portfolio;
        self.portfolio.pending = Some(PendingPortfolio::open(
            path.to_owned(),
            self.workspace.library().catalogue,
        ));
    }

    /// Shows one of the bundled sample programmes (small: read at once).
    pub(super) fn open_sample_inventory(&mut self, sample: SampleInventory) {
        self.portfolio.pending = None;
        self.show_inventory(
            LoadedPortfolio::sample(sample, self.workspace.library().catalogue),
            sample.file_name(),
        );
    }

    /// Whether an inventory is still being read.
    pub fn inventory_loading(&self) -> bool {
        self.portfolio.pending.is_some()
    }

    /// Takes the inventory being read, once it is ready; until then asks for another frame.
    pub(super) fn poll_inventory(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.portfolio.pending else {
            return;
        };
        match pending.try_take() {
            None => ctx.request_repaint_after(LOADING_REPAINT),
            Some(result) => {
                let name = pending.path.display().to_string();
                self.portfolio.pending = None;
                self.show_inventory(result, &name);
                ctx.request_repaint();
            }
        }
    }

    /// Shows an inventory in the Portfolio view, or says why it could not be read (the view
    /// keeps what it showed).
    fn show_inventory(&mut self, loaded: Result<LoadedPortfolio, String>, name: &str) {
        match loaded {
            Ok(loaded) => {
                self.status = format!("Evaluated {} interfaces of {name}", loaded.interfaces.len());
                if !loaded.is_sample() {
                    self.preferences.remember(loaded.path.clone());
                }
                self.portfolio.show_inventory(loaded);
                self.preferences.view = View::Portfolio;
            }
            Err(message) => {
                self.status = String::new();
                self.show_dialog(Dialog::Error {
                    heading: "Could not open the inventory".to_owned(),
                    message,
                });
            }
        }
    }

    /// Opens an interface of the shown inventory as a new, unsaved scenario in the editor.
    pub(super) fn open_interface(&mut self, index: usize) {
        let Some(interface) = self
            .portfolio
            .loaded
            .as_ref()
            .and_then(|loaded| loaded.interfaces.get(index))
        else {
            return;
        };
        let row = interface.row;
        // A row opened before and not edited since is shown again, not opened twice: looking
        // through an inventory row by row must not pile up copies to save or discard.
        let open_before = self.workspace.documents().iter().position(|document| {
            matches!(document.source, Source::Untitled(_))
                && document.scenario == interface.scenario
        });
        if let Some(index) = open_before {
            self.workspace.select_index(index);
            self.editor = crate::gui::views::editor::EditorView::default();
            self.status = format!("Row {row} is already open as a scenario");
        } else {
            let scenario = interface.scenario.clone();
            self.new_unsaved_copy(scenario);
            self.status = format!("Opened row {row} as a scenario; Save as to keep it as a file");
        }
        self.preferences.view = View::Editor;
    }

    /// Shows the Portfolio view's landscape picture rather than its table.
    pub fn show_landscape(&mut self) {
        self.preferences.view = View::Portfolio;
        self.portfolio.shows = PortfolioShows::Landscape;
    }

    /// Captures the landscape picture as the window draws it and writes it to `path` as a
    /// PNG; the view shows the landscape first if it showed the table.
    fn export_landscape_png(&mut self, path: &Path) {
        self.show_landscape();
        self.screenshot = Some(Screenshot::of_landscape(path.to_owned()));
    }

    /// Asks where to write the evaluated inventory: the system's save dialog, or the path
    /// field. The name offered is the inventory's with "-evaluated" and the format's extension.
    pub(super) fn ask_portfolio_export_path(&mut self, format: ReportFormat) {
        let suffix = match format {
            ReportFormat::Svg { .. } => "landscape",
            ReportFormat::Html => "blueprint",
            _ => "evaluated",
        };
        self.ask_inventory_output_path(suffix, format.extension());
    }

    /// Asks where to write the landscape picture as a PNG.
    pub(super) fn ask_landscape_png_path(&mut self) {
        self.ask_inventory_output_path("landscape", "png");
    }

    /// Asks where to write something made of the shown inventory, offering the inventory's
    /// name with `suffix` and `extension`, in its folder.
    fn ask_inventory_output_path(&mut self, suffix: &str, extension: &str) {
        let Some(loaded) = &self.portfolio.loaded else {
            self.status = "Open an inventory first".to_owned();
            return;
        };
        let stem = loaded
            .path
            .file_stem()
            .map_or_else(|| "inventory".into(), |s| s.to_string_lossy());
        let name = format!("{stem}-{suffix}.{extension}");
        // The sample's name is not a folder of the user's: the working folder is offered.
        let folder = Some(&loaded.path)
            .filter(|_| !loaded.is_sample())
            .and_then(|path| path.parent())
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        self.ask_path_to_write(PathPurpose::ExportPortfolio, &name, &folder);
    }

    /// Writes the evaluated inventory to `path`, atomically, in the format its extension
    /// names: Markdown for `.md`, JSON for `.json`, text for `.txt`, CSV otherwise.
    pub(super) fn export_portfolio(&mut self, path: &Path) {
        let Some(loaded) = &self.portfolio.loaded else {
            return;
        };
        if has_extension(path, "png") {
            self.export_landscape_png(path);
            return;
        }
        let format = format_of(path, self.preferences.dark_theme);
        // Streamed into a temporary file beside the target, which replaces it once complete.
        let written = if is_same_file(path, &loaded.path) {
            Err(
                "this is the inventory itself; writing the evaluation there would destroy it. \
                 Give another file name"
                    .to_owned(),
            )
        } else {
            AtomicFile::create(path)
                .map_err(|error| error.message)
                .and_then(|mut file| {
                    write_report(
                        &mut file,
                        &loaded.evaluated_inventory(),
                        format,
                        self.workspace.library().catalogue,
                    )
                    .map_err(|error| format!("could not write it: {}", plain_io_error(&error)))?;
                    file.commit().map_err(|error| error.message)
                })
        };
        match written {
            Ok(()) => {
                self.status = format!(
                    "{} evaluated interfaces written to {}",
                    loaded.interfaces.len(),
                    path.display()
                );
            }
            Err(error) => self.show_dialog(Dialog::Error {
                heading: "Could not export the evaluated inventory".to_owned(),
                message: format!("{}: {error}", path.display()),
            }),
        }
    }
}

/// The report format a file name asks for: CSV unless its extension names another. A
/// picture takes the window's theme (`dark`).
pub fn format_of(path: &Path, dark: bool) -> ReportFormat {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "md" | "markdown" => ReportFormat::Markdown,
        "json" => ReportFormat::Json,
        "txt" => ReportFormat::Text,
        "svg" => ReportFormat::Svg { dark },
        "html" | "htm" => ReportFormat::Html,
        _ => ReportFormat::Csv,
    }
}

/// Whether `path`'s extension is `extension`, whatever its case.
fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_picks_the_format() {
        assert_eq!(
            format_of(Path::new("a/b.md"), false),
            ReportFormat::Markdown
        );
        assert_eq!(
            format_of(Path::new("B.MARKDOWN"), false),
            ReportFormat::Markdown
        );
        assert_eq!(format_of(Path::new("b.json"), false), ReportFormat::Json);
        assert_eq!(format_of(Path::new("b.txt"), false), ReportFormat::Text);
        assert_eq!(format_of(Path::new("b.csv"), false), ReportFormat::Csv);
        assert_eq!(format_of(Path::new("b"), false), ReportFormat::Csv);
        assert_eq!(
            format_of(Path::new("b.SVG"), true),
            ReportFormat::Svg { dark: true }
        );
        assert_eq!(format_of(Path::new("b.htm"), false), ReportFormat::Html);
        assert!(has_extension(Path::new("a.PNG"), "png"));
    }
}
