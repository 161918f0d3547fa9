//! Every user action, as one closed enum. Menus, buttons and keys queue the same value; the
//! window runs the queue after the views have drawn, so views never open dialogs or write
//! files.
//!
//! The keys that queue a command are the window's business (`gui::shortcuts`), since they are
//! the toolkit's types.

use std::path::PathBuf;

use advisor_core::model::Requirements;
use advisor_io::portfolio_report::ReportFormat;

use crate::dialog_data::PathPurpose;
use crate::document::DocumentId;
use crate::loaded_inventory::SampleInventory;
use crate::view::View;

/// One user action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A new scenario from the neutral defaults.
    NewScenario,
    /// A new scenario with nothing known, asked one question at a time (an interview).
    NewFromMeeting,
    /// Leave the interview's current question open and ask the next one.
    SkipQuestion,
    /// End the interview; the answers stay, editable in the editor.
    EndInterview,
    /// A new scenario as a copy of the one shown.
    NewFromCopy,
    /// Two new scenarios from the one shown, one for each way the data flows.
    SplitTwoWay,
    /// Open a file, through the system dialog or a path field.
    Open,
    /// Open this file (drag and drop, recent files, tests, the path field).
    OpenPath(PathBuf),
    /// Save the shown scenario to its file (asks for a path when it has none).
    Save,
    /// Save the shown scenario under a new name.
    SaveAs,
    /// Save the shown scenario to this path.
    SaveAsPath(PathBuf),
    /// Save the shown scenario to this path, replacing the file there (after the user agreed).
    ReplaceFile(PathBuf),
    /// Save the shown scenario over its file although the file changed on disk or is gone
    /// (after the user agreed).
    SaveOverwriting,
    /// Load the shown scenario's file again as it is on disk; unsaved edits go to a new
    /// unsaved copy.
    ReloadFromDisk,
    /// Save the shown scenario, then close it (the answer to "unsaved changes").
    SaveThenClose,
    /// Export the shown scenario's decision record (asks for a path; `.md` or `.html`).
    ExportRecord,
    /// Write the shown scenario's decision record to this path, in the format its extension
    /// names (`.html`, otherwise Markdown).
    ExportRecordTo(PathBuf),
    /// Copy the shown scenario's decision record, as Markdown, to the clipboard.
    CopyMarkdown,
    /// Export a PNG of the window as it is now (asks for a path).
    ExportPicture,
    /// Write a PNG of the window to this path.
    ExportPictureTo(PathBuf),
    /// Close the shown document (asks first when it has unsaved changes).
    CloseDocument,
    /// Close the shown document without saving.
    DiscardAndCloseDocument,
    /// Show this library entry.
    SelectDocument(DocumentId),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Try other answers in the shown scenario, as one undoable edit (a "what would change
    /// it" chip).
    TryAnswers(Box<Requirements>),
    /// Show a bundled sample programme in the Portfolio view.
    OpenSampleInventory(SampleInventory),
    /// Export the evaluated inventory shown in the Portfolio view (asks for a path; the
    /// format names the extension offered).
    ExportPortfolio(ReportFormat),
    /// Export the landscape picture shown in the Portfolio view as a PNG (asks for a path).
    ExportLandscapePng,
    /// Write the evaluated inventory to this path, in the format its extension names (`.md`,
    /// `.json`, `.txt`, `.svg`, `.html`, `.png` for the landscape as shown, otherwise CSV).
    ExportPortfolioTo(PathBuf),
    /// Open the shown inventory's interface at this index as a new scenario.
    OpenInterface(usize),
    /// Switch the central view.
    ShowView(View),
    /// Switch between light and dark.
    ToggleTheme,
    /// Larger type.
    ZoomIn,
    /// Smaller type.
    ZoomOut,
    /// Type at its normal size.
    ZoomReset,
    /// Large type with the editor folded away, for projectors.
    TogglePresentation,
    /// Bring back the unsaved edits an earlier run left in the recovery file.
    RestoreRecovered,
    /// Throw away the unsaved edits an earlier run left.
    DiscardRecovered,
    /// Quit (asks first when anything is unsaved).
    Quit,
    /// Quit without saving.
    DiscardAndQuit,
    /// Save every unsaved scenario, then quit (asks for a path where one has none).
    SaveAllThenQuit,
}

impl Command {
    /// What a path chosen for `purpose` asks to be done with it.
    pub fn for_path(purpose: PathPurpose, path: PathBuf) -> Self {
        match purpose {
            PathPurpose::Open => Self::OpenPath(path),
            PathPurpose::SaveAs => Self::SaveAsPath(path),
            PathPurpose::ExportRecord => Self::ExportRecordTo(path),
            PathPurpose::ExportPicture => Self::ExportPictureTo(path),
            PathPurpose::ExportPortfolio => Self::ExportPortfolioTo(path),
        }
    }

    /// The words on menus and buttons.
    pub fn label(&self) -> &'static str {
        match self {
            Self::NewScenario => "New scenario",
            Self::NewFromMeeting => "New from a meeting",
            Self::SkipQuestion => "Skip: leave it open",
            Self::EndInterview => "End the interview",
            Self::NewFromCopy => "New as a copy",
            Self::SplitTwoWay => "Split into two one-way scenarios",
            Self::Open => "Open…",
            Self::OpenPath(_) => "Open",
            Self::Save | Self::SaveThenClose => "Save",
            Self::SaveAs => "Save as…",
            Self::SaveAsPath(_) => "Save here",
            Self::ReplaceFile(_) => "Replace it",
            Self::SaveOverwriting => "Overwrite",
            Self::ReloadFromDisk => "Reload, keeping my edits as a copy",
            Self::ExportRecord => "Export decision record…",
            Self::ExportRecordTo(_) | Self::ExportPortfolioTo(_) => "Export here",
            Self::CopyMarkdown => "Copy as Markdown",
            Self::ExportPicture => "Export picture…",
            Self::ExportPictureTo(_) => "Export picture here",
            Self::CloseDocument => "Close scenario",
            Self::DiscardAndCloseDocument => "Close without saving",
            Self::SelectDocument(_) => "Show",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::TryAnswers(_) => "Try this answer",
            Self::OpenSampleInventory(_) => "Open the sample programme",
            Self::ExportPortfolio(ReportFormat::Markdown) => {
                "Export evaluated inventory as Markdown…"
            }
            Self::ExportPortfolio(ReportFormat::Svg { .. }) => {
                "Export the landscape picture as SVG…"
            }
            Self::ExportPortfolio(ReportFormat::Html) => "Export the programme blueprint (HTML)…",
            Self::ExportPortfolio(_) => "Export evaluated inventory as CSV…",
            Self::ExportLandscapePng => "Export the landscape picture as PNG…",
            Self::OpenInterface(_) => "Open as a scenario",
            Self::ShowView(view) => view.label(),
            Self::ToggleTheme => "Light / dark theme",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::TogglePresentation => "Presentation mode",
            Self::RestoreRecovered => "Restore",
            Self::DiscardRecovered => "Discard them",
            Self::Quit => "Quit",
            Self::DiscardAndQuit => "Quit without saving",
            Self::SaveAllThenQuit => "Save all and quit",
        }
    }
}
