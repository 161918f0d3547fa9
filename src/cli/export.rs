//! `export`: each scenario's decision record, as Markdown or one HTML page.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::bundled;
use crate::io::record;
use crate::io::save::write_atomically;

use super::report::{display, load_all};
use super::{Outcome, RecordFormat};

/// The record of one scenario in `format`; `file` names the scenario file in it.
fn render(format: RecordFormat, scenario: &crate::core::model::Scenario, file: &str) -> String {
    let catalogue = bundled::catalogue();
    match format {
        RecordFormat::Markdown => record::markdown(scenario, catalogue, file),
        RecordFormat::Html => record::html(scenario, catalogue, file),
    }
}

fn extension(format: RecordFormat) -> &'static str {
    match format {
        RecordFormat::Markdown => "md",
        RecordFormat::Html => "html",
    }
}

/// Runs `export`.
pub fn run(
    files: &[PathBuf],
    format: RecordFormat,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let to_stdout = output.is_none_or(|o| o == Path::new("-"));
    if to_stdout && files.len() > 1 && format == RecordFormat::Html {
        writeln!(
            err,
            "integration-advisor: several HTML records need a folder: give -o FOLDER"
        )?;
        return Ok(Outcome::Failure);
    }
    let (loaded, mut failed) = load_all(files, err)?;
    let into_folder = !to_stdout && (files.len() > 1 || output.is_some_and(Path::is_dir));
    for evaluated in &loaded {
        let file = display(&evaluated.path);
        let text = render(format, &evaluated.scenario, &file);
        let target = match output {
            _ if to_stdout => {
                out.write_all(text.as_bytes())?;
                continue;
            }
            Some(folder) if into_folder => {
                let stem = evaluated
                    .path
                    .file_stem()
                    .map_or_else(|| "record".into(), |s| s.to_string_lossy().into_owned());
                folder.join(format!("{stem}.{}", extension(format)))
            }
            Some(path) => path.to_owned(),
            None => continue,
        };
        if into_folder && let Err(error) = std::fs::create_dir_all(output.unwrap_or(Path::new(".")))
        {
            writeln!(
                err,
                "{}: {error}",
                display(output.unwrap_or(Path::new(".")))
            )?;
            failed = true;
            continue;
        }
        match write_atomically(&target, text.as_bytes()) {
            Ok(()) => writeln!(out, "{file}: wrote {}", display(&target))?,
            Err(error) => {
                writeln!(err, "{}: {error}", display(&target))?;
                failed = true;
            }
        }
    }
    Ok(if failed {
        Outcome::Failure
    } else {
        Outcome::Success
    })
}
