//! One library entry: a scenario with its own edits, undo history, unsaved mark and cached
//! advice.

use std::path::{Path, PathBuf};

use advisor_core::advice::{Advice, advise_on};
use advisor_core::catalogue::Catalogue;
use advisor_core::evaluate;
use advisor_core::explain::change_line;
use advisor_core::model::{Requirements, Scenario};
use advisor_io::parallel::Threads;

use crate::undo::{NewHistory, UndoHistory};

/// Where a document came from, and so where Save writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A read-only template of the built-in library; saving asks for a new path.
    Bundled(&'static str),
    /// A file on disk.
    File(PathBuf),
    /// Made in this session and not saved yet.
    Untitled(usize),
}

impl Source {
    /// The same origin, as the recovery file records it.
    pub fn origin(&self) -> advisor_io::recovery::Origin {
        use advisor_io::recovery::Origin;
        match self {
            Self::Bundled(name) => Origin::Bundled((*name).to_owned()),
            Self::File(path) => Origin::File(path.clone()),
            Self::Untitled(_) => Origin::Untitled,
        }
    }
}

/// A document's identity while the window is open. Views and commands name documents by it,
/// never by their place in the library, which changes when documents are added or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentId(u64);

impl DocumentId {
    /// An id no other document of this run has.
    fn fresh() -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Self(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// What the workspace gives each document it makes: the catalogue to advise against, and how
/// to make an undo history.
#[derive(Clone, Copy)]
pub struct DocumentContext {
    /// The catalogue the advice is worked out against.
    pub catalogue: &'static Catalogue,
    /// Makes the document's undo history.
    pub new_history: NewHistory,
}

/// One scenario being edited.
pub struct Document {
    /// Its identity; a reload from disk keeps it.
    pub id: DocumentId,
    /// Where it came from.
    pub source: Source,
    /// The scenario as edited.
    pub scenario: Scenario,
    /// The scenario as last loaded or saved (`None`: never saved in any form); the document
    /// is unsaved when it differs from `scenario`.
    saved: Option<Scenario>,
    /// The advice for `scenario`, recomputed on every change (not every frame). Until
    /// `explained`, only its evaluation: its flips and settlers are empty and `open` is
    /// `None`.
    pub advice: Advice,
    /// Whether `advice` is complete for `scenario`: the flips, the settlers and the open
    /// answers worked out, not only the evaluation.
    explained: bool,
    /// What the last edit changed in the result, if it changed the outcome or the pattern at
    /// the top; cleared by the next edit.
    pub change_line: Option<String>,
    /// Undo history of `scenario`.
    history: Box<dyn UndoHistory>,
    /// Whether the file on disk has comments that saving would drop.
    pub file_has_comments: bool,
    /// The file as last read or written here, to notice when someone else changes it.
    pub disk: Option<advisor_io::disk::Fingerprint>,
    /// How the file compared at the last look (on focus, before a save).
    pub disk_state: advisor_io::disk::DiskState,
    /// Advice being worked out on another thread: the scenario it is for, and where it
    /// arrives. Only for many open answers (see [`OFF_THREAD_ABOVE`]); `advice` meanwhile
    /// stays the last complete one.
    job: Option<(Scenario, std::sync::mpsc::Receiver<Advice>)>,
    /// The catalogue the advice is worked out against: the workspace's, given at creation.
    catalogue: &'static Catalogue,
}

/// Above this many combinations of open answers, the advice is worked out on another thread.
///
/// The window then never waits for it: with every answer open there are about 25,000,
/// 0.2 s of work (BENCHMARKS.md). Below it, a few milliseconds at most, the advice is there
/// in the same frame as the edit.
pub const OFF_THREAD_ABOVE: usize = 1_000;

/// The advice for `scenario`, a large tree of open answers split over the machine's cores.
fn advise(scenario: &Scenario, catalogue: &Catalogue) -> Advice {
    advise_on(scenario, catalogue, &Threads)
}

/// Whether `scenario`'s advice takes long enough to be worked out on another thread.
fn heavy(scenario: &Scenario, catalogue: &Catalogue) -> bool {
    advisor_core::unknowns::Possibilities::size_of(scenario, catalogue) > OFF_THREAD_ABOVE
}

impl Document {
    /// A document for `scenario` from `source`, with nothing unsaved.
    pub fn new(source: Source, scenario: Scenario, context: DocumentContext) -> Self {
        Self::restored(source, Some(scenario.clone()), scenario, context)
    }

    /// A document whose `current` edits are not in `saved` (recovered after a crash).
    pub fn restored(
        source: Source,
        saved: Option<Scenario>,
        current: Scenario,
        context: DocumentContext,
    ) -> Self {
        let catalogue = context.catalogue;
        let scenario = current;
        // Only the evaluation now (the library marks drift with it); what would change the
        // result is worked out when the document is first shown, so that a start with 22
        // bundled scenarios does not search all 22.
        // With many open answers, the ranking alone: the open answers are weighed on another
        // thread once the document is shown.
        let evaluation = if heavy(&scenario, catalogue) {
            advisor_core::engine::evaluate_ranking(&scenario, catalogue)
        } else {
            evaluate(&scenario, catalogue)
        };
        let advice = Advice {
            evaluation,
            flips: Vec::new(),
            settlers: Vec::new(),
            open: None,
        };
        let history = (context.new_history)(&scenario);
        Self {
            id: DocumentId::fresh(),
            source,
            saved,
            scenario,
            advice,
            explained: false,
            change_line: None,
            history,
            file_has_comments: false,
            disk: None,
            disk_state: advisor_io::disk::DiskState::Unchanged,
            job: None,
            catalogue,
        }
    }

    /// The catalogue its advice is worked out against.
    pub fn catalogue(&self) -> &'static Catalogue {
        self.catalogue
    }

    /// Why the recorded decision no longer holds, if the engine now disagrees with it (the
    /// same rules as `integration-advisor check`).
    pub fn drift(&self) -> Option<String> {
        self.scenario.decision.as_ref().and_then(|decision| {
            advisor_core::drift::drift_in_words(decision, &self.advice.evaluation, self.catalogue)
        })
    }

    /// Whether there are edits that are not in a file.
    pub fn is_unsaved(&self) -> bool {
        self.saved.as_ref() != Some(&self.scenario)
    }

    /// The file name shown in the title and the library.
    pub fn name(&self) -> String {
        match &self.source {
            Source::Bundled(file_name) => (*file_name).to_owned(),
            Source::File(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Source::Untitled(n) => format!("untitled-{n}.ron"),
        }
    }

    /// The folder of the document's own file, if it has one.
    pub fn folder(&self) -> Option<&Path> {
        self.path().and_then(Path::parent)
    }

    /// The file this document saves to, if it has one it may write.
    pub fn path(&self) -> Option<&Path> {
        match &self.source {
            Source::File(path) => Some(path),
            _ => None,
        }
    }

    /// Call after the scenario may have changed: re-evaluates if it did.
    pub fn changed_from(&mut self, before: &Scenario) {
        if &self.scenario != before {
            self.reassess();
        }
    }

    /// Tries other answers (a "what would change it" chip), as one edit.
    pub fn try_answers(&mut self, requirements: Requirements) {
        let before = self.scenario.clone();
        self.scenario.requirements = requirements;
        self.changed_from(&before);
    }

    /// Works out what would settle a tie, what would change the result and what open answers
    /// leave possible, if not done yet for this scenario. Called for the document shown.
    pub fn explain(&mut self) {
        if self.explained || self.job.is_some() {
            return;
        }
        if heavy(&self.scenario, self.catalogue) {
            self.start_job();
        } else {
            self.advice = advise(&self.scenario, self.catalogue);
            self.explained = true;
        }
    }

    /// Re-evaluates after a change, and says in one line if the result changed.
    fn reassess(&mut self) {
        if heavy(&self.scenario, self.catalogue) {
            // One job at a time: one running for an earlier state is restarted when it ends.
            if self.job.is_none() {
                self.start_job();
            }
            return;
        }
        // A job for an earlier state is dropped: its answer would be stale.
        self.job = None;
        let advice = advise(&self.scenario, self.catalogue);
        self.arrived(advice);
    }

    /// Takes complete advice for the current scenario.
    fn arrived(&mut self, advice: Advice) {
        let catalogue = self.catalogue;
        // Only a complete earlier result is one the user saw change; the ranking a heavy
        // document starts with is not.
        self.change_line = if self.explained {
            change_line(&self.advice.evaluation, &advice.evaluation, catalogue)
        } else {
            None
        };
        self.advice = advice;
        self.explained = true;
    }

    /// Works out the advice for the scenario as it is now on another thread; a job already
    /// running for an earlier state is left to finish unseen.
    fn start_job(&mut self) {
        let scenario = self.scenario.clone();
        let (sender, receiver) = std::sync::mpsc::channel();
        let work = scenario.clone();
        let catalogue = self.catalogue;
        let started = std::thread::Builder::new()
            .name("advice".to_owned())
            .spawn(move || {
                // The window may have moved on and dropped the receiver: nothing to tell then.
                sender.send(advise(&work, catalogue)).ok();
            });
        if started.is_ok() {
            self.job = Some((scenario, receiver));
        } else {
            // No thread to be had: work it out here, late rather than never.
            self.job = None;
            let advice = advise(&self.scenario, self.catalogue);
            self.arrived(advice);
        }
    }

    /// Takes the advice worked out on another thread, if it has arrived; returns whether it
    /// is still being worked out (the window then looks again shortly).
    pub fn poll(&mut self) -> bool {
        let Some((for_scenario, receiver)) = &self.job else {
            return false;
        };
        match receiver.try_recv() {
            Ok(advice) => {
                let current = *for_scenario == self.scenario;
                self.job = None;
                if current {
                    self.arrived(advice);
                } else {
                    self.start_job();
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            // The thread ended without an answer (a bug): work it out here instead.
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.job = None;
                let advice = advise(&self.scenario, self.catalogue);
                self.arrived(advice);
            }
        }
        self.job.is_some()
    }

    /// Whether the advice shown is still being worked out for the latest answers.
    pub fn computing(&self) -> bool {
        self.job.is_some()
    }

    /// Replaces the scenario (undo, redo, reload) and re-evaluates.
    fn replace(&mut self, scenario: Scenario) {
        self.scenario = scenario;
        self.reassess();
    }

    /// Feeds the undo history once per frame; `time` in seconds.
    pub fn track_undo(&mut self, time: f64) {
        self.history.feed(time, &self.scenario);
    }

    /// Whether undo would change anything.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo(&self.scenario)
    }

    /// Whether redo would change anything.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo(&self.scenario)
    }

    /// Steps back one edit.
    pub fn undo(&mut self) {
        if let Some(previous) = self.history.undo(&self.scenario) {
            self.replace(previous);
        }
    }

    /// Steps forward one undone edit.
    pub fn redo(&mut self) {
        if let Some(next) = self.history.redo(&self.scenario) {
            self.replace(next);
        }
    }

    /// Records that the scenario is now in the file at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.disk = advisor_io::disk::Fingerprint::of_file(&path);
        self.disk_state = advisor_io::disk::DiskState::Unchanged;
        self.source = Source::File(path);
        self.saved = Some(self.scenario.clone());
        self.file_has_comments = false;
    }

    /// Remembers the file as it is on disk now (just opened or restored).
    pub fn remember_disk(&mut self) {
        self.disk = self.path().and_then(advisor_io::disk::Fingerprint::of_file);
        self.disk_state = advisor_io::disk::DiskState::Unchanged;
    }

    /// Looks at the file again: how it compares with what was read or written here.
    pub fn look_at_disk(&mut self) -> advisor_io::disk::DiskState {
        if let (Some(path), Some(known)) = (self.path(), &self.disk) {
            self.disk_state = known.compare(path);
        }
        self.disk_state
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn trying_a_flip_gives_the_result_it_promised_and_leaves_the_document_unsaved() {
        let mut workspace = crate::testing::workspace();
        let document = workspace.active_mut();
        assert!(!document.is_unsaved(), "a template as bundled");
        // The flips are worked out for the document shown.
        document.explain();
        let before = document.advice.evaluation.recommended.clone();
        let flip = document
            .advice
            .flips
            .iter()
            .find(|flip| flip.recommended != before)
            .cloned()
            .expect("some answer changes the pattern at the top");

        document.try_answers(flip.requirements.clone());

        assert_eq!(document.scenario.requirements, flip.requirements);
        assert_eq!(document.advice.evaluation.recommended, flip.recommended);
        assert_eq!(
            document.advice.evaluation.outcome, flip.outcome,
            "{:?} -> {:?} ({:?})",
            flip.from, flip.to, document.advice.evaluation.pending
        );
        assert!(document.is_unsaved());
    }
}
