//! Checks `assets/catalogue.ron` and every `scenarios/*.ron` with the program's own loader
//! (the advisor-io crate), so a broken file fails the build with its path, line and column,
//! then embeds them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let catalogue_path = root.join("assets/catalogue.ron");
    let scenarios_dir = root.join("scenarios");
    println!("cargo::rerun-if-changed={}", catalogue_path.display());
    println!("cargo::rerun-if-changed={}", scenarios_dir.display());

    let mut problems = Vec::new();
    let Some(catalogue_text) = read(&catalogue_path) else {
        return ExitCode::FAILURE;
    };
    let catalogue: Option<advisor_core::catalogue::Catalogue> = match ron::from_str(&catalogue_text)
    {
        Ok(catalogue) => Some(catalogue),
        Err(error) => {
            problems.push(format!(
                "{}:{}:{}: {}",
                catalogue_path.display(),
                error.span.start.line,
                error.span.start.col,
                error.code
            ));
            None
        }
    };
    let mut ids = Vec::new();
    if let Some(catalogue) = &catalogue {
        // `--version` names the catalogue's version next to the program's.
        println!(
            "cargo::rustc-env=IA_CATALOGUE_VERSION={}",
            catalogue.version
        );
        for problem in catalogue.validate() {
            problems.push(format!("{}: {problem}", catalogue_path.display()));
        }
        ids = catalogue.patterns.iter().map(|p| p.id.clone()).collect();
    }

    let mut scenario_files: Vec<PathBuf> = std::fs::read_dir(&scenarios_dir)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
                .collect()
        })
        .unwrap_or_default();
    scenario_files.sort();
    for path in &scenario_files {
        if let Err(error) = advisor_io::load_path(path, &ids) {
            problems.push(error.to_string());
        }
    }

    if !problems.is_empty() {
        for problem in &problems {
            println!("cargo::error={problem}");
            eprintln!("{problem}");
        }
        return ExitCode::FAILURE;
    }

    let mut generated = String::new();
    generated.push_str(&format!(
        "/// The text of assets/catalogue.ron.\npub const CATALOGUE: &str = include_str!({:?});\n",
        catalogue_path.display().to_string()
    ));
    generated.push_str(
        "/// Every scenarios/*.ron file: (file name, text).\npub const SCENARIOS: &[(&str, &str)] = &[\n",
    );
    for path in &scenario_files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        generated.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    generated.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(error) = std::fs::write(out_dir.join("bundled.rs"), generated) {
        println!("cargo::error=cannot write the embedded library: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The file's text; `None` (with the reason reported to cargo) when it cannot be read.
fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path)
        .inspect_err(|error| println!("cargo::error={}: cannot read: {error}", path.display()))
        .ok()
}
