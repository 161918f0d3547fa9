//! The `integration-advisor` binary: parses arguments and hands over to the command line.

use std::process::ExitCode;

use clap::Parser;
use integration_advisor::cli::{self, Cli};

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
            // The window arrives with its own issue; until then, say what the program does.
            let mut help = <Cli as clap::CommandFactory>::command();
            let _ = help.print_help();
            ExitCode::SUCCESS
        }
    }
}
