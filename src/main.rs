//! The `integration-advisor` binary: parses arguments and hands over to the command line or
//! the window.

use std::process::ExitCode;

use clap::Parser;
use integration_advisor::cli::{self, Cli};
use integration_advisor::gui;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    match &cli.command {
        Some(command) => cli::run(
            command,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        )
        .into(),
        None => {
            let options = gui::GuiOptions {
                file: cli.file,
                screenshot: cli.screenshot,
                view: cli.view,
                theme: cli.theme,
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
}
