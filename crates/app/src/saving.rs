//! Saving the shown document: what is checked before the bytes are written, what the document
//! and the library become after.
//!
//! The window asks where and whether (a dialog, the file
//! changed on disk, half-typed numbers); the bytes go through `advisor_io::save`, the atomic
//! writer the command line uses too.

use std::path::Path;

use advisor_core::validate::validate;
use advisor_io::SaveError;
use advisor_io::save_path;

use crate::document::Source;
use crate::opening::absolute;
use crate::workspace::Workspace;

/// Why the shown document was not saved. Either way the file and the document are as they
/// were.
#[derive(Debug, thiserror::Error)]
pub enum SaveFailure {
    /// The scenario breaks a rule of the format (its first problem, in words).
    #[error("{0}")]
    Invalid(String),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] SaveError),
}

impl Workspace {
    /// Saves the shown document to `path`, atomically, and binds it to that file (by its
    /// absolute path, as every document keeps one).
    ///
    /// A decision is stamped with the catalogue version it was taken under on its first save.
    /// A saved template becomes the user's file, and a fresh copy of the template takes its
    /// place in the library, unchanged, for the next use.
    pub fn save_active_to(&mut self, path: &Path) -> Result<(), SaveFailure> {
        let path = &absolute(path);
        let library = self.library();
        if let Some((_, problem)) = validate(&self.active().scenario, library.pattern_ids)
            .into_iter()
            .next()
        {
            return Err(SaveFailure::Invalid(problem));
        }
        let document = self.active_mut();
        let mut scenario = document.scenario.clone();
        if let Some(decision) = &mut scenario.decision
            && decision.catalogue_version.is_none()
        {
            decision.catalogue_version = Some(library.catalogue.version);
        }
        save_path(path, &scenario)?;
        document.scenario = scenario;
        let template = match document.source {
            Source::Bundled(name) => Some(name),
            _ => None,
        };
        document.mark_saved(path.to_owned());
        if let Some(entry) = template.and_then(|name| self.template(name)) {
            let fresh = self.document(
                Source::Bundled(entry.file_name),
                Some(entry.scenario.clone()),
                entry.scenario.clone(),
            );
            self.insert_after(self.active_index(), fresh);
        }
        Ok(())
    }

    /// Whether a document other than the shown one is bound to the file at `path`: saving the
    /// shown one there would leave two documents writing one file.
    pub fn open_elsewhere(&self, path: &Path) -> bool {
        let path = absolute(path);
        let path = path.as_path();
        let shown = self.active_index();
        self.documents()
            .iter()
            .enumerate()
            .any(|(index, d)| index != shown && d.path() == Some(path))
    }
}

#[cfg(test)]
mod tests {
    use advisor_core::model::{Decision, DecisionStatus};

    use super::*;

    fn decided(pattern: &str) -> Decision {
        Decision {
            status: DecisionStatus::Accepted,
            pattern: pattern.to_owned(),
            rationale: "Agreed in the design meeting.".to_owned(),
            decided_by: vec!["Architecture board".to_owned()],
            date: "2026-12-01".to_owned(),
            supersedes: None,
            catalogue_version: None,
        }
    }

    #[test]
    fn a_saved_template_becomes_a_file_and_the_library_keeps_the_template() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("change-of-address.ron");
        let mut workspace = crate::testing::workspace();
        let template = &crate::testing::templates()[0];
        assert_eq!(
            workspace.active().source,
            Source::Bundled(template.file_name)
        );
        workspace.active_mut().scenario.decision = Some(decided("dual-write"));
        let count = workspace.documents().len();

        workspace.save_active_to(&path).expect("saved");

        let saved = workspace.active();
        assert_eq!(saved.path(), Some(path.as_path()));
        assert!(!saved.is_unsaved());
        let stamped = saved.scenario.decision.as_ref().expect("kept");
        assert_eq!(
            stamped.catalogue_version,
            Some(crate::testing::catalogue().version)
        );
        let on_disk = advisor_io::load_path(&path, crate::testing::pattern_ids()).expect("read");
        assert_eq!(
            on_disk, saved.scenario,
            "the file holds what the document shows"
        );
        assert_eq!(workspace.documents().len(), count + 1);
        let fresh = &workspace.documents()[workspace.active_index() + 1];
        assert_eq!(fresh.source, Source::Bundled(template.file_name));
        assert_eq!(
            fresh.scenario, template.scenario,
            "the template is unchanged"
        );
    }

    #[test]
    fn an_invalid_scenario_or_an_unwritable_path_saves_nothing_and_changes_nothing() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let mut workspace = crate::testing::workspace();
        workspace.active_mut().scenario.decision = Some(decided("no-such-pattern"));
        let before = workspace.active().scenario.clone();
        let path = folder.path().join("invalid.ron");

        let refused = workspace.save_active_to(&path);
        assert!(
            matches!(refused, Err(SaveFailure::Invalid(_))),
            "{refused:?}"
        );
        assert!(!path.exists());
        assert_eq!(workspace.active().scenario, before);

        workspace.active_mut().scenario.decision = Some(decided("dual-write"));
        let before = workspace.active().scenario.clone();
        let unwritable = folder.path().join("no-such-folder").join("x.ron");
        let failed = workspace.save_active_to(&unwritable);
        assert!(matches!(failed, Err(SaveFailure::Write(_))), "{failed:?}");
        assert_eq!(
            workspace.active().scenario,
            before,
            "not stamped when not saved"
        );
        assert!(matches!(workspace.active().source, Source::Bundled(_)));
    }

    #[test]
    fn a_file_bound_to_another_document_is_open_elsewhere() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("orders.ron");
        let mut workspace = crate::testing::workspace();
        workspace.save_active_to(&path).expect("saved");
        assert!(!workspace.open_elsewhere(&path), "the shown one's own file");
        workspace.add_untitled(crate::workspace::blank());
        assert!(workspace.open_elsewhere(&path));
        assert!(!workspace.open_elsewhere(&folder.path().join("other.ron")));
    }
}
