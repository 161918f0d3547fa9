//! `export`: each scenario's decision record, as Markdown or one HTML page.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::bundled::Library;
use crate::io::output::{destination, is_same_file};
use crate::io::record;

use super::report::{display, load_all};
use super::{Outcome, RecordFormat};

/// The record of one scenario in `format`; `file` names the scenario file in it.
fn render(
    library: &Library<'_>,
    format: RecordFormat,
    scenario: &crate::core::model::Scenario,
    file: &str,
) -> String {
    let catalogue = library.catalogue;
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

/// Where each input's record goes, when the records go into a folder: the input's name with
/// the format's extension. Two inputs of the same name (`d1/x.ron`, `d2/x.ron`) would write
/// one record over the other, so a clash is refused before anything is written.
fn targets_in_folder(
    files: &[PathBuf],
    folder: &Path,
    format: RecordFormat,
) -> Result<Vec<PathBuf>, String> {
    let mut seen: BTreeMap<PathBuf, &Path> = BTreeMap::new();
    let mut targets = Vec::with_capacity(files.len());
    for file in files {
        let stem = file
            .file_stem()
            .map_or_else(|| "record".into(), |s| s.to_string_lossy().into_owned());
        let target = folder.join(format!("{stem}.{}", extension(format)));
        if let Some(first) = seen.insert(target.clone(), file) {
            return Err(format!(
                "{} and {} would both be written to {}; export them into separate folders",
                display(first),
                display(file),
                display(&target)
            ));
        }
        targets.push(target);
    }
    Ok(targets)
}

/// The records' files in `folder` (none when the output is one file or standard output),
/// after checking that no two records share a file, that no record would overwrite an input,
/// and that the folder exists or can be made.
fn check_targets(
    files: &[PathBuf],
    inputs: &[&Path],
    format: RecordFormat,
    output: Option<&Path>,
    folder: Option<&Path>,
) -> Result<Option<Vec<PathBuf>>, String> {
    let targets = match folder {
        Some(folder) => Some(
            targets_in_folder(files, folder, format)
                .map_err(|message| format!("integration-advisor: {message}"))?,
        ),
        None => None,
    };
    let clobbered = targets
        .iter()
        .flatten()
        .map(PathBuf::as_path)
        .chain(output.filter(|_| folder.is_none()))
        .find_map(|target| {
            inputs
                .iter()
                .find(|input| is_same_file(target, input))
                .map(|input| (target, *input))
        });
    if let Some((target, input)) = clobbered {
        return Err(format!(
            "{}: this is the input file {}; writing the record there would destroy it. Give \
             another output path",
            display(target),
            display(input)
        ));
    }
    if let Some(folder) = folder {
        std::fs::create_dir_all(folder).map_err(|error| {
            format!(
                "{}: cannot make the folder: {}",
                display(folder),
                crate::io::plain_io_error(&error)
            )
        })?;
    }
    Ok(targets)
}

/// Runs `export`.
pub fn run(
    library: &Library<'_>,
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
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let folder = output.filter(|o| !to_stdout && (files.len() > 1 || o.is_dir()));
    // Every target is checked before anything is written: a refused export writes nothing.
    let targets = match check_targets(files, &inputs, format, output, folder) {
        Ok(targets) => targets,
        Err(message) => {
            writeln!(err, "{message}")?;
            return Ok(Outcome::Failure);
        }
    };
    let (loaded, mut failed) = load_all(library, files, err)?;
    // One destination for everything on standard output or in one file; one per record in a
    // folder.
    let mut single = match folder {
        None => match destination(output.filter(|_| !to_stdout), &inputs) {
            Ok(destination) => Some(destination),
            Err(error) => {
                writeln!(err, "{error}")?;
                return Ok(Outcome::Failure);
            }
        },
        Some(_) => None,
    };
    for input in &loaded {
        let file = display(&input.path);
        let text = render(library, format, &input.scenario, &file);
        if let Some(destination) = &mut single {
            destination.writer(out).write_all(text.as_bytes())?;
            continue;
        }
        let index = files
            .iter()
            .position(|f| *f == input.path)
            .unwrap_or_default();
        let Some(target) = targets.as_ref().and_then(|t| t.get(index)) else {
            continue;
        };
        match write_one(target, &inputs, &text) {
            Ok(()) => writeln!(err, "{file}: wrote {}", display(target))?,
            Err(error) => {
                writeln!(err, "{error}")?;
                failed = true;
            }
        }
    }
    if let Some(destination) = single {
        let target = output.filter(|_| !to_stdout);
        match destination.finish() {
            Ok(()) => {
                if let Some(target) = target {
                    for input in &loaded {
                        writeln!(err, "{}: wrote {}", display(&input.path), display(target))?;
                    }
                }
            }
            Err(error) => {
                writeln!(err, "{error}")?;
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

/// Writes one record into its file in the folder.
fn write_one(
    target: &Path,
    inputs: &[&Path],
    text: &str,
) -> Result<(), crate::io::output::OutputError> {
    let mut destination = destination(Some(target), inputs)?;
    let mut nowhere = std::io::sink();
    destination
        .writer(&mut nowhere)
        .write_all(text.as_bytes())
        .map_err(|e| crate::io::output::OutputError {
            path: target.to_owned(),
            message: format!("could not write: {}", crate::io::plain_io_error(&e)),
        })?;
    destination.finish()
}
