//! The `integration-advisor` binary: parses arguments and hands over to the command line or
//! the window.

// On Windows the program is a window application, so that starting it from Explorer opens no
// console window behind it; the command line attaches to the console it was started from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser as _;
use integration_advisor::cli::{self, Cli, StartView};
use integration_advisor::gui;

/// The system allocator spends a third of a 100,000-row inventory's time in `malloc` and
/// `free` across two threads (perf, on the every-row-different benchmark); mimalloc's
/// per-thread heaps take most of that away. See BENCHMARKS.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_to_parent_console();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // The exit code tells what the message could not (standard error closed).
            error.print().ok();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    if let Some(command) = &cli.command {
        // One write call per buffer, not per line: `decide` over 2,000 files spent most of
        // its time in the kernel before.
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
        let outcome = cli::run(command, &mut out, &mut std::io::stderr().lock());
        // A reader that went away (`| head`) is no failure of ours; the exit code stands.
        std::io::Write::flush(&mut out).ok();
        outcome.into()
    } else {
        let options = gui::GuiOptions {
            file: cli.file,
            screenshot: cli.screenshot,
            view: cli.view.map(|view| match view {
                StartView::Editor => gui::View::Editor,
                StartView::Result => gui::View::Result,
                StartView::Patterns => gui::View::Patterns,
                StartView::Compare => gui::View::Compare,
                StartView::Portfolio | StartView::Landscape => gui::View::Portfolio,
            }),
            landscape: cli.view == Some(StartView::Landscape),
            theme: cli.theme.map(|theme| match theme {
                cli::Theme::Light => gui::ThemeChoice::Light,
                cli::Theme::Dark => gui::ThemeChoice::Dark,
            }),
            size: cli.size,
            presentation: cli.presentation,
        };
        match gui::run(options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("integration-advisor: {error:#}");
                ExitCode::from(2)
            }
        }
    }
}

/// Writes to the console of the shell that started the program, if there is one: a window
/// application has none of its own. Output redirected to a file or a pipe needs nothing:
/// the standard handles are inherited either way.
#[cfg(windows)]
#[expect(unsafe_code, reason = "one call into the Windows API")]
fn attach_to_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id (here the parent's marker) and touches no
    // memory of ours; when there is no parent console it fails, which is fine.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
