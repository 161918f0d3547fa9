//! The keys that queue a command. The commands are the app crate's; the keys are egui's types,
//! so they are paired here, in the window.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::View;
use super::command::Command;

/// The keyboard shortcut of a command, if it has one.
pub trait Shortcut {
    /// The shortcut that queues this command, shown beside it on menus.
    fn shortcut(&self) -> Option<KeyboardShortcut>;
}

impl Shortcut for Command {
    fn shortcut(&self) -> Option<KeyboardShortcut> {
        let command = Modifiers::COMMAND;
        let command_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let (modifiers, key) = match self {
            Self::NewScenario => (command, Key::N),
            Self::NewFromMeeting => (command_shift, Key::N),
            Self::Open => (command, Key::O),
            Self::Save => (command, Key::S),
            Self::SaveAs => (command_shift, Key::S),
            Self::CloseDocument => (command, Key::W),
            Self::Undo => (command, Key::Z),
            Self::Redo => (command_shift, Key::Z),
            Self::ZoomIn => (command, Key::Plus),
            Self::ZoomOut => (command, Key::Minus),
            Self::ZoomReset => (command, Key::Num0),
            Self::TogglePresentation => (Modifiers::NONE, Key::F11),
            Self::Quit => (command, Key::Q),
            Self::ShowView(View::Editor) => (command, Key::Num1),
            Self::ShowView(View::Result) => (command, Key::Num2),
            Self::ShowView(View::Patterns) => (command, Key::Num3),
            Self::ShowView(View::Compare) => (command, Key::Num4),
            Self::ShowView(View::Portfolio) => (command, Key::Num5),
            _ => return None,
        };
        Some(KeyboardShortcut::new(modifiers, key))
    }
}

/// The commands reachable by keyboard, most specific first (Ctrl+Shift+S before Ctrl+S), so
/// that a key press with more modifiers is not taken by the shortcut with fewer.
pub fn commands_with_shortcuts() -> [Command; 18] {
    [
        Command::SaveAs,
        Command::Redo,
        Command::NewFromMeeting,
        Command::NewScenario,
        Command::Open,
        Command::Save,
        Command::CloseDocument,
        Command::Undo,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::TogglePresentation,
        Command::Quit,
        Command::ShowView(View::Editor),
        Command::ShowView(View::Result),
        Command::ShowView(View::Patterns),
        Command::ShowView(View::Compare),
        Command::ShowView(View::Portfolio),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_command_has_its_own_shortcut_and_every_view_has_one() {
        let listed = commands_with_shortcuts();
        let shortcuts: Vec<KeyboardShortcut> = listed
            .iter()
            .map(|command| {
                command
                    .shortcut()
                    .unwrap_or_else(|| panic!("{command:?} is listed without a shortcut"))
            })
            .collect();
        for (index, shortcut) in shortcuts.iter().enumerate() {
            assert!(
                !shortcuts[..index].contains(shortcut),
                "{:?} shares its shortcut",
                listed[index]
            );
        }
        for view in View::ALL {
            assert!(
                listed.contains(&Command::ShowView(view)),
                "{view:?} has no key"
            );
        }
    }

    /// egui matches a key press logically: Ctrl+Shift+S also matches Ctrl+S. A shortcut with
    /// more modifiers must therefore be tried before one with fewer on the same key.
    #[test]
    fn a_shortcut_with_more_modifiers_is_tried_before_one_with_fewer_on_the_same_key() {
        // Every listed command has a shortcut (the test above checks it).
        let keys: Vec<KeyboardShortcut> = commands_with_shortcuts()
            .iter()
            .filter_map(Shortcut::shortcut)
            .collect();
        for (earlier, first) in keys.iter().enumerate() {
            for second in &keys[earlier + 1..] {
                if first.logical_key == second.logical_key {
                    assert!(
                        !second.modifiers.contains(first.modifiers),
                        "{second:?} is tried after {first:?}, which a press of it also matches"
                    );
                }
            }
        }
    }
}
