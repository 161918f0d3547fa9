//! A first meeting as an interview: every answer open, one question at a time, driven by the
//! keyboard alone in presentation mode at 1280×720.

use super::*;
use integration_advisor::core::model::OpenQuestion;

/// The app at a projector's size.
fn projector() -> Harness<'static, AdvisorApp> {
    common::harness_of_size(egui::vec2(1280.0, 720.0))
}

/// Runs the window until the advice for the latest answers has arrived from its thread, then
/// until it settles: with many answers open, it is worked out off the UI thread.
fn advised(harness: &mut Harness<'static, AdvisorApp>) {
    let started = std::time::Instant::now();
    // A click or a key takes effect within a couple of frames; the work starts then.
    harness.step();
    harness.step();
    loop {
        harness.step();
        if !harness.state().active_document().computing() {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(300),
            "the advice never arrived"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
}

/// How many patterns the interview says are still possible.
fn possible_count(harness: &Harness<'_, AdvisorApp>) -> usize {
    let label = harness
        .query_by_label_contains("possible")
        .and_then(|node| {
            let node = node.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .expect("the count of possible patterns");
    label
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a count: {label}"))
}

/// How many answers are still open: the questions marked not known, and the volume.
fn open_answers(harness: &Harness<'_, AdvisorApp>) -> usize {
    let r = requirements(harness);
    r.not_known.len() + usize::from(r.peak_records_per_hour.is_none())
}

const SETTLED: &str = "Nothing left open can change the result.";

#[test]
fn a_first_meeting_is_interviewed_with_the_keyboard_alone_in_presentation_mode() {
    let mut harness = projector();
    harness.key_press(Key::F11);
    advised(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    advised(&mut harness);
    assert!(harness.state().interview().is_some());
    assert_eq!(requirements(&harness).not_known, OpenQuestion::ALL);
    let at_start = possible_count(&harness);
    assert!(
        at_start > 5,
        "with nothing known, most patterns are possible"
    );
    let mut asked = 0;
    while harness.query_by_label(SETTLED).is_none() {
        let open = open_answers(&harness);
        assert!(
            harness.query_by_label_contains("1  ").is_some(),
            "each answer numbered for its key"
        );
        harness.key_press(Key::Num1);
        advised(&mut harness);
        asked += 1;
        assert!(
            open_answers(&harness) < open || requirements(&harness).copy_wanted.is_some(),
            "the answer is given and no longer open"
        );
        assert!(asked <= 10, "every question is asked at most once");
    }
    assert!(
        possible_count(&harness) < at_start,
        "the possibilities shrank"
    );
    // The last answer is one undo step: its question comes back, and skipped it stays open.
    let open = open_answers(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    advised(&mut harness);
    assert!(harness.query_by_label(SETTLED).is_none(), "asked again");
    let skipped_only = "Only the questions you skipped could still change the result.";
    let mut skipped = 0;
    while harness.query_by_label(skipped_only).is_none() {
        harness.key_press(Key::S);
        advised(&mut harness);
        skipped += 1;
        assert!(skipped <= 10, "each question is skipped at most once");
    }
    assert!(open_answers(&harness) > open || requirements(&harness).copy_wanted.is_none());
    // Esc ends it; the answers stay, and the editor shows what is still open.
    harness.key_press(Key::Escape);
    advised(&mut harness);
    assert!(harness.state().interview().is_none());
    assert_eq!(harness.state().view(), View::Editor);
}

#[test]
fn an_answer_can_be_clicked_and_a_question_skipped_with_its_button() {
    let mut harness = harness();
    harness.state_mut().queue(Command::NewFromMeeting);
    advised(&mut harness);
    let question = harness
        .query_by_label_contains("1  ")
        .and_then(|node| node.accesskit_node().label())
        .expect("an answer button");
    harness.get_by_label(&question).click();
    advised(&mut harness);
    let after_one = open_answers(&harness);
    assert!(
        harness.query_by_label("Answered").is_some(),
        "the answers given are listed"
    );
    assert!(
        after_one < OpenQuestion::ALL.len() + 1 || requirements(&harness).copy_wanted.is_some()
    );
    harness.get_by_label("Skip: leave it open").click();
    advised(&mut harness);
    assert_eq!(
        open_answers(&harness),
        after_one,
        "a skipped question stays open"
    );
    assert_eq!(
        harness.state().interview().map(|i| i.skipped.len()),
        Some(1)
    );
}

#[test]
fn ctrl_shift_n_starts_an_interview_beside_the_library() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    harness.step();
    harness.step();
    // Every answer open is some 25,000 combinations: worked out on another thread while the
    // window keeps drawing, and no answer is offered for a question that may change.
    assert!(harness.state().active_document().computing());
    assert!(harness.query_by_label("Weighing the answers…").is_some());
    assert!(harness.query_by_label_contains("1  ").is_none());
    advised(&mut harness);
    assert!(harness.query_by_label_contains("1  ").is_some());
    assert!(harness.state().interview().is_some());
    assert!(
        harness
            .query_by_label_contains("patterns possible")
            .is_some()
    );
}

#[test]
fn while_a_dialog_asks_the_interview_takes_no_keys() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    advised(&mut harness);
    harness.key_press(Key::Num1);
    advised(&mut harness);
    // Closing the interview, with an answer unsaved, asks first.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    assert!(harness.state().dialog().is_some(), "asked before closing");
    let before = requirements(&harness);
    harness.key_press(Key::Num1);
    harness.key_press(Key::S);
    harness.run();
    assert_eq!(
        requirements(&harness),
        before,
        "no answer given behind the dialog"
    );
    assert_eq!(
        harness.state().interview().map(|i| i.skipped.len()),
        Some(0),
        "no question skipped behind the dialog"
    );
}
