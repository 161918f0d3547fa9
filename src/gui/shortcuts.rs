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
        keyboard()
            .into_iter()
            .find_map(|(command, key)| (command == *self).then_some(key))
    }
}

/// Every command reachable by keyboard, with its key.
///
/// One table, so that a key shown on a menu is always a key that works. Most specific first (Ctrl+Shift+S before Ctrl+S), since egui
/// matches a press logically and Ctrl+Shift+S would also match Ctrl+S.
pub fn keyboard() -> [(Command, KeyboardShortcut); 18] {
    let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
    let command_shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
    [
        (Command::SaveAs, command_shift(Key::S)),
        (Command::Redo, command_shift(Key::Z)),
        (Command::NewFromMeeting, command_shift(Key::N)),
        (Command::NewScenario, command(Key::N)),
        (Command::Open, command(Key::O)),
        (Command::Save, command(Key::S)),
        (Command::CloseDocument, command(Key::W)),
        (Command::Undo, command(Key::Z)),
        (Command::ZoomIn, command(Key::Plus)),
        (Command::ZoomOut, command(Key::Minus)),
        (Command::ZoomReset, command(Key::Num0)),
        (
            Command::TogglePresentation,
            KeyboardShortcut::new(Modifiers::NONE, Key::F11),
        ),
        (Command::Quit, command(Key::Q)),
        (Command::ShowView(View::Editor), command(Key::Num1)),
        (Command::ShowView(View::Result), command(Key::Num2)),
        (Command::ShowView(View::Patterns), command(Key::Num3)),
        (Command::ShowView(View::Compare), command(Key::Num4)),
        (Command::ShowView(View::Portfolio), command(Key::Num5)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_key_and_every_view_has_one() {
        let table = keyboard();
        for (index, (command, key)) in table.iter().enumerate() {
            assert!(
                table[..index].iter().all(|(other, _)| other != command),
                "{command:?} is listed twice"
            );
            assert!(
                table[..index].iter().all(|(_, other)| other != key),
                "{command:?} shares its key"
            );
            assert_eq!(command.shortcut(), Some(*key), "{command:?}");
        }
        for view in View::ALL {
            assert!(
                table
                    .iter()
                    .any(|(command, _)| *command == Command::ShowView(view)),
                "{view:?} has no key"
            );
        }
        assert_eq!(
            Command::ToggleTheme.shortcut(),
            None,
            "a command without a key"
        );
    }

    /// egui matches a key press logically: Ctrl+Shift+S also matches Ctrl+S. A shortcut with
    /// more modifiers must therefore be tried before one with fewer on the same key.
    #[test]
    fn a_shortcut_with_more_modifiers_is_tried_before_one_with_fewer_on_the_same_key() {
        let keys: Vec<KeyboardShortcut> = keyboard().iter().map(|(_, key)| *key).collect();
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
