//! The workspace.
//!
//! The library's documents, which one is shown, and the queue of questions to the user. Plain
//! data and rules with no window: tests drive it directly. (A document's undo history is the
//! undo helper of the GUI toolkit's utilities, a data structure, not a widget.)

use std::collections::VecDeque;

use advisor_core::model::Scenario;

use crate::dialog_data::Dialog;
use crate::document::{Document, DocumentContext, DocumentId, Source};
use crate::library::{BundledScenario, Library};
use crate::undo::NewHistory;

/// The documents and the questions waiting for the user.
pub struct Workspace {
    /// Every document of the library: the user's, then the bundled templates. Never empty:
    /// closing the last makes a new one. Private, with `active`, so that `active` always
    /// names one of them.
    documents: Vec<Document>,
    /// The place of the shown document in `documents`.
    active: usize,
    /// How many untitled documents were made, to number the next.
    untitled_made: usize,
    /// The question shown now.
    pub dialog: Option<Dialog>,
    /// Questions that wait until the shown one is answered.
    queued_dialogs: VecDeque<Dialog>,
    /// The catalogue and the templates the documents are made from and advised against.
    library: Library<'static>,
    /// The templates of the library, offered first.
    templates: &'static [BundledScenario],
    /// What each new document is given.
    context: DocumentContext,
}

impl Workspace {
    /// A workspace over `library`, with `templates` as its first documents, the first shown
    /// (a new scenario if there are none); each document's undo history made by
    /// `new_history`.
    pub fn of(
        library: Library<'static>,
        templates: &'static [BundledScenario],
        new_history: NewHistory,
    ) -> Self {
        let context = DocumentContext {
            catalogue: library.catalogue,
            new_history,
        };
        let documents = templates
            .iter()
            .map(|entry| {
                Document::new(
                    Source::Bundled(entry.file_name),
                    entry.scenario.clone(),
                    context,
                )
            })
            .collect();
        let mut workspace = Self {
            documents,
            active: 0,
            untitled_made: 0,
            dialog: None,
            queued_dialogs: VecDeque::new(),
            library,
            templates,
            context,
        };
        if workspace.documents.is_empty() {
            workspace.add_untitled(blank());
        }
        workspace
    }

    /// The workspace with the shown document's advice worked out: what the window shows
    /// first, made on another thread while the platform opens the window.
    #[must_use]
    pub fn explained(mut self) -> Self {
        self.active_mut().explain();
        self
    }

    /// The catalogue and pattern ids the documents are advised against.
    pub fn library(&self) -> Library<'static> {
        self.library
    }

    /// The template of this file name, if the library has one.
    pub fn template(&self, file_name: &str) -> Option<&'static BundledScenario> {
        self.templates
            .iter()
            .find(|entry| entry.file_name == file_name)
    }

    /// A document for `scenario`, advised against this workspace's catalogue; `saved` is
    /// what its file holds (`None`: unsaved from the start).
    pub fn document(
        &self,
        source: Source,
        saved: Option<Scenario>,
        scenario: Scenario,
    ) -> Document {
        Document::restored(source, saved, scenario, self.context)
    }

    /// The documents, in the library's order.
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// The documents, to edit in place (adding and removing go through the methods below).
    pub fn documents_mut(&mut self) -> &mut [Document] {
        &mut self.documents
    }

    /// The place of the shown document in [`Self::documents`].
    pub fn active_index(&self) -> usize {
        self.active
    }

    /// Shows the document at `index`; false if there is none.
    pub fn select_index(&mut self, index: usize) -> bool {
        let exists = index < self.documents.len();
        if exists {
            self.active = index;
        }
        exists
    }

    /// The source of the next untitled document: "Untitled N", numbered on from the last.
    pub fn next_untitled(&mut self) -> Source {
        self.untitled_made += 1;
        Source::Untitled(self.untitled_made)
    }

    /// Puts `document` in place of the one at `index`; false if there is none.
    pub fn replace(&mut self, index: usize, document: Document) -> bool {
        match self.documents.get_mut(index) {
            Some(slot) => {
                *slot = document;
                true
            }
            None => false,
        }
    }

    /// The document shown.
    pub fn active(&self) -> &Document {
        &self.documents[self.active]
    }

    /// The document shown, to edit.
    pub fn active_mut(&mut self) -> &mut Document {
        &mut self.documents[self.active]
    }

    /// Where the document with this id is in the library now.
    pub fn index_of(&self, id: DocumentId) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }

    /// Shows the document with this id; false if it is no longer open.
    pub fn select(&mut self, id: DocumentId) -> bool {
        match self.index_of(id) {
            Some(index) => {
                self.active = index;
                true
            }
            None => false,
        }
    }

    /// Adds a document at the end and shows it.
    pub fn push(&mut self, document: Document) -> DocumentId {
        let id = self.append(document);
        self.active = self.documents.len() - 1;
        id
    }

    /// Adds a document at the end, without changing which is shown.
    pub fn append(&mut self, document: Document) -> DocumentId {
        let id = document.id;
        self.documents.push(document);
        id
    }

    /// Adds a new untitled document for `scenario` and shows it.
    pub fn add_untitled(&mut self, scenario: Scenario) -> DocumentId {
        let source = self.next_untitled();
        let document = self.document(source, Some(scenario.clone()), scenario);
        self.push(document)
    }

    /// Adds a new untitled document for `scenario`, which no file holds yet (a copy, a half
    /// of a split, an inventory's row), and shows it: unsaved from the start, so that closing
    /// or quitting asks before it is lost.
    pub fn add_unsaved(&mut self, scenario: Scenario) -> DocumentId {
        let source = self.next_untitled();
        let document = self.document(source, None, scenario);
        self.push(document)
    }

    /// Adds a document right after the one at `index`, without changing which is shown.
    pub fn insert_after(&mut self, index: usize, document: Document) -> DocumentId {
        let id = document.id;
        let at = (index + 1).min(self.documents.len());
        self.documents.insert(at, document);
        if self.active >= at {
            self.active += 1;
        }
        id
    }

    /// Closes the shown document and shows its neighbour in the library's own list: the
    /// user's scenario before it, or after it, and only then a bundled template. A new
    /// scenario takes the place of the last one closed.
    pub fn close_active(&mut self) -> Document {
        let closed = self.documents.remove(self.active);
        if self.documents.is_empty() {
            self.add_untitled(blank());
            return closed;
        }
        let bundled = |d: &Document| matches!(d.source, Source::Bundled(_));
        let kind = bundled(&closed);
        let same_kind: Vec<usize> = (0..self.documents.len())
            .filter(|&i| bundled(&self.documents[i]) == kind)
            .collect();
        self.active = same_kind
            .iter()
            .rev()
            .find(|&&i| i < self.active)
            .or_else(|| same_kind.iter().find(|&&i| i >= self.active))
            .copied()
            .unwrap_or(0)
            .min(self.documents.len() - 1);
        closed
    }

    /// Asks `dialog` now, or after the questions already waiting.
    pub fn ask(&mut self, dialog: Dialog) {
        if self.dialog.is_some() {
            self.queued_dialogs.push_back(dialog);
        } else {
            self.dialog = Some(dialog);
        }
    }

    /// The shown question was answered: the next waiting one, if any, is shown.
    pub fn answered(&mut self) {
        self.dialog = self.queued_dialogs.pop_front();
    }
}

/// A new scenario: the format's neutral answers, with real time and error feedback not known
/// yet, under a title that says so.
pub fn blank() -> Scenario {
    Scenario {
        title: "New scenario".to_owned(),
        context: String::new(),
        requirements: advisor_core::model::Requirements::new_scenario(),
        decision: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(title: &str) -> Scenario {
        Scenario {
            title: title.to_owned(),
            ..blank()
        }
    }

    #[test]
    fn ids_follow_documents_when_others_are_added_before_them() {
        let mut workspace = crate::testing::workspace();
        let first = workspace.documents()[0].id;
        let second = workspace.documents()[1].id;
        let inserted = workspace.document(
            Source::Untitled(9),
            Some(titled("inserted")),
            titled("inserted"),
        );
        workspace.insert_after(0, inserted);
        assert_eq!(workspace.index_of(first), Some(0));
        assert_eq!(workspace.index_of(second), Some(2), "moved one place down");
        assert!(workspace.select(second));
        assert_eq!(workspace.active().id, second);
        // Inserting before the shown document keeps the same document shown.
        let again =
            workspace.document(Source::Untitled(10), Some(titled("again")), titled("again"));
        workspace.insert_after(0, again);
        assert_eq!(workspace.active().id, second);
    }

    #[test]
    fn closing_shows_the_neighbour_of_the_same_kind_and_forgets_the_id() {
        let mut workspace = crate::testing::workspace();
        let a = workspace.add_untitled(titled("a"));
        let b = workspace.add_untitled(titled("b"));
        let c = workspace.add_untitled(titled("c"));
        assert!(workspace.select(b));
        let closed = workspace.close_active();
        assert_eq!(closed.id, b);
        assert_eq!(workspace.active().id, a, "the user's scenario before it");
        assert_eq!(workspace.index_of(b), None);
        assert!(!workspace.select(b), "a closed document cannot be shown");
        assert!(workspace.select(a));
        workspace.close_active();
        assert_eq!(workspace.active().id, c, "then the one after it");
        workspace.close_active();
        assert!(
            matches!(workspace.active().source, Source::Bundled(_)),
            "only then a template"
        );
    }

    #[test]
    fn a_new_untitled_scenario_is_saved_and_a_copy_is_not() {
        let mut workspace = crate::testing::workspace();
        let new = workspace.add_untitled(titled("new"));
        assert_eq!(workspace.active().id, new);
        assert!(!workspace.active().is_unsaved(), "nothing typed yet");
        let copy = workspace.add_unsaved(titled("copy"));
        assert_eq!(workspace.active().id, copy);
        assert!(
            workspace.active().is_unsaved(),
            "its only place is this window"
        );
        assert_eq!(workspace.active().scenario.title, "copy");
        let (Source::Untitled(first), Source::Untitled(second)) = (
            &workspace.documents()[workspace.index_of(new).unwrap_or(0)].source,
            &workspace.active().source,
        ) else {
            panic!("both untitled");
        };
        assert!(second > first, "numbered on");
    }

    #[test]
    fn questions_wait_their_turn() {
        let mut workspace = crate::testing::workspace();
        let first = Dialog::Error {
            heading: "one".to_owned(),
            message: String::new(),
        };
        let second = Dialog::Error {
            heading: "two".to_owned(),
            message: String::new(),
        };
        workspace.ask(first.clone());
        workspace.ask(second.clone());
        assert_eq!(workspace.dialog.as_ref(), Some(&first));
        workspace.answered();
        assert_eq!(workspace.dialog.as_ref(), Some(&second));
        workspace.answered();
        assert_eq!(workspace.dialog, None);
    }
}
