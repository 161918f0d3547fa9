//! Saving never leaves a half-written file: a failure injected at each step of the save leaves
//! the original untouched, and a process killed with SIGKILL at random moments while saving a
//! file near the size cap always leaves either the old or the new content.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use integration_advisor::bundled;
use integration_advisor::core::model::Scenario;
use integration_advisor::io::load::MAX_FILE_BYTES;
use integration_advisor::io::save::{SaveStep, write_atomically, write_atomically_with};
use integration_advisor::io::{load_path, to_canonical_string};

fn scenario() -> Scenario {
    bundled::scenarios()[0].scenario.clone()
}

/// A canonical scenario file just under the size cap, its context filled with `fill`.
fn large_file(fill: char) -> Vec<u8> {
    let mut scenario = scenario();
    let base = to_canonical_string(&scenario).len();
    let room = usize::try_from(MAX_FILE_BYTES).expect("fits") - base - 1024;
    scenario.context = std::iter::repeat_n(fill, room).collect();
    to_canonical_string(&scenario).into_bytes()
}

fn leftovers(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .expect("listable")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with(".tmp"))
        })
        .collect()
}

#[test]
fn a_failure_at_any_step_before_the_rename_leaves_the_original_untouched() {
    for failing in SaveStep::ALL {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("scenario.ron");
        std::fs::write(&path, b"old content").expect("written");
        let result = write_atomically_with(&path, b"new content", &mut |step| {
            if step == failing {
                Err(std::io::Error::other("injected failure"))
            } else {
                Ok(())
            }
        });
        let on_disk = std::fs::read(&path).expect("readable");
        if failing == SaveStep::SyncFolder {
            // The rename has happened: the file holds the complete new content, and the save
            // is not reported as failed.
            assert!(result.is_ok());
            assert_eq!(on_disk, b"new content");
        } else {
            let error = result.expect_err("the injected failure is reported");
            assert!(error.to_string().contains("injected failure"), "{error}");
            assert!(
                error.to_string().starts_with(&path.display().to_string()),
                "{error}"
            );
            assert_eq!(
                on_disk, b"old content",
                "{failing:?} left the original untouched"
            );
        }
        assert!(
            leftovers(folder.path()).is_empty(),
            "{failing:?} left a temporary file"
        );
    }
}

#[test]
// Symlinks and permission bits as Unix has them; Windows needs privileges for the one and
// has no such bits.
#[cfg(unix)]
fn saving_through_a_symlink_writes_its_target_and_keeps_the_link() {
    let folder = tempfile::tempdir().expect("folder");
    let target = folder.path().join("real.ron");
    let link = folder.path().join("link.ron");
    std::fs::write(&target, b"old").expect("written");
    std::os::unix::fs::symlink("real.ron", &link).expect("linked");
    write_atomically(&link, b"new").expect("saved");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("exists")
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&target).expect("readable"), b"new");
}

#[test]
// Symlinks and permission bits as Unix has them; Windows needs privileges for the one and
// has no such bits.
#[cfg(unix)]
fn saving_keeps_the_files_permissions_and_gives_new_files_the_usual_ones() {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = tempfile::tempdir().expect("folder");
    let private = folder.path().join("private.ron");
    std::fs::write(&private, b"old").expect("written");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    write_atomically(&private, b"new").expect("saved");
    assert_eq!(
        std::fs::metadata(&private)
            .expect("exists")
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    let fresh = folder.path().join("fresh.ron");
    write_atomically(&fresh, b"new").expect("saved");
    assert_eq!(
        std::fs::metadata(&fresh)
            .expect("exists")
            .permissions()
            .mode()
            & 0o777,
        0o644
    );
}

#[test]
fn a_folder_in_the_way_or_a_missing_folder_is_a_clear_error() {
    let folder = tempfile::tempdir().expect("folder");
    let in_the_way = folder.path().join("taken.ron");
    std::fs::create_dir(&in_the_way).expect("created");
    let error = write_atomically(&in_the_way, b"new").expect_err("refused");
    assert!(
        error.to_string().contains("a folder is in the way"),
        "{error}"
    );
    let missing = folder.path().join("no-such-folder/scenario.ron");
    let error = write_atomically(&missing, b"new").expect_err("refused");
    assert!(
        error.to_string().contains("creating a temporary file"),
        "{error}"
    );
    assert!(!missing.exists());
}

/// The child side of the SIGKILL test: saves one of two large contents and exits. It does
/// nothing unless the parent test set its environment.
#[test]
#[ignore = "run by the SIGKILL tests as a child process"]
fn save_child_process() {
    let (Ok(path), Ok(fill), Ok(writer)) = (
        std::env::var("IA_SAVE_CHILD_PATH"),
        std::env::var("IA_SAVE_CHILD_FILL"),
        std::env::var("IA_SAVE_CHILD_WRITER"),
    ) else {
        return;
    };
    let bytes = large_file(fill.chars().next().unwrap_or('a'));
    // Tell the parent the save starts now, so its kills land during the save itself.
    println!("saving");
    std::io::Write::flush(&mut std::io::stdout()).expect("stdout flushes");
    match writer.as_str() {
        "plain" => std::fs::write(&path, &bytes).expect("plain write"),
        _ => write_atomically(Path::new(&path), &bytes).expect("atomic write"),
    }
}

/// What the SIGKILL rounds found.
struct KilledSaves {
    /// Rounds after which the file held neither the old nor the new content.
    corrupt: usize,
    /// The most temporary files found in the folder after any round.
    most_leftovers: usize,
    /// Rounds whose kill landed while the child was still running (not after it exited).
    killed: usize,
    /// Rounds whose kill landed in the middle of a save: the atomic save's temporary file was
    /// left behind, or the plain write's file was caught half-written.
    mid_save: usize,
    /// Rounds whose child never said it started saving (a broken child would make the test
    /// pass without testing anything).
    silent: usize,
    folder: tempfile::TempDir,
}

/// Saves alternately the two contents in a child process and kills it with SIGKILL after a
/// random delay, `rounds` times, counting what each kill did.
fn kill_during_saves(writer: &str, rounds: usize) -> KilledSaves {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("large.ron");
    let contents = [large_file('a'), large_file('b')];
    std::fs::write(&path, &contents[0]).expect("written");
    let child = |fill: &str| {
        let mut command = Command::new(std::env::current_exe().expect("test binary"));
        command
            .args([
                "--exact",
                "save_child_process",
                "--ignored",
                "--test-threads=1",
                "--quiet",
                "--nocapture",
            ])
            .env("IA_SAVE_CHILD_PATH", &path)
            .env("IA_SAVE_CHILD_FILL", fill)
            .env("IA_SAVE_CHILD_WRITER", writer)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null());
        command
    };
    // How long one unkilled save takes, so the kills spread over the whole save.
    let mut process = child("b").spawn().expect("child runs");
    assert!(
        wait_for_save_to_start(&mut process),
        "the child starts its save"
    );
    let started = Instant::now();
    process.wait().expect("child ends");
    let lifetime = started.elapsed().mul_f64(1.2);
    std::fs::write(&path, &contents[0]).expect("written");

    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut found = KilledSaves {
        corrupt: 0,
        most_leftovers: 0,
        killed: 0,
        mid_save: 0,
        silent: 0,
        folder,
    };
    for round in 0..rounds {
        let fill = if round % 2 == 0 { "b" } else { "a" };
        let mut process = child(fill).spawn().expect("child starts");
        // This child's temporary file, if the kill leaves one, carries its process id.
        let own_temporary = format!("-{}-", process.id());
        if !wait_for_save_to_start(&mut process) {
            found.silent += 1;
        }
        // xorshift: a reproducible spread of delays over the child's lifetime.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = lifetime.mul_f64((seed % 10_000) as f64 / 10_000.0);
        std::thread::sleep(delay);
        // SIGKILL; the child may have finished already, which is no failure.
        process.kill().ok();
        let status = process.wait().expect("the child is reaped");
        if killed_by_a_signal(status) {
            found.killed += 1;
        }
        let on_disk = std::fs::read(&path).expect("the file still exists");
        let all_left = leftovers(found.folder.path());
        let left = all_left.len();
        let own_left = all_left
            .iter()
            .any(|p| p.to_string_lossy().contains(&own_temporary));
        if !contents.contains(&on_disk) {
            found.corrupt += 1;
            found.mid_save += 1;
            std::fs::write(&path, &contents[0]).expect("reset");
        } else if own_left && killed_by_a_signal(status) {
            found.mid_save += 1;
        }
        found.most_leftovers = found.most_leftovers.max(left);
    }
    found
}

/// Whether the child ended by a signal (our SIGKILL) rather than by exiting.
#[cfg(unix)]
fn killed_by_a_signal(status: std::process::ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt as _;
    status.signal().is_some()
}

#[cfg(not(unix))]
fn killed_by_a_signal(status: std::process::ExitStatus) -> bool {
    !status.success()
}

/// Blocks until the child says its save starts; false if it ended without saying so.
fn wait_for_save_to_start(process: &mut std::process::Child) -> bool {
    use std::io::BufRead as _;
    let stdout = process.stdout.take().expect("piped");
    let mut reader = std::io::BufReader::new(stdout);
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        if line.contains("saving") {
            return true;
        }
        line.clear();
    }
    false
}

/// The kills must have landed where they test something: every child started its save, and
/// enough kills caught one in the middle. (How many land at all depends on how busy the
/// machine is: with every test binary running at once on two cores, about a quarter did.)
fn assert_the_kills_landed(found: &KilledSaves, rounds: usize) {
    assert_eq!(found.silent, 0, "every child started its save");
    assert!(
        found.killed >= rounds / 10,
        "only {} of {rounds} kills landed before the child finished",
        found.killed
    );
    assert!(
        found.mid_save >= rounds / 20,
        "only {} of {rounds} kills landed in the middle of a save",
        found.mid_save
    );
}

#[test]
fn sigkill_at_random_moments_never_leaves_a_half_written_file() {
    let found = kill_during_saves("atomic", 200);
    println!(
        "atomic save: {} of 200 kills landed while the child ran, {} in the middle of a save",
        found.killed, found.mid_save
    );
    assert_the_kills_landed(&found, 200);
    let KilledSaves {
        corrupt,
        most_leftovers,
        folder,
        ..
    } = found;
    assert_eq!(
        corrupt, 0,
        "{corrupt} of 200 killed saves left a file that is neither old nor new"
    );
    // Each save removes what the killed one before it left: never more than the last one's.
    assert!(
        most_leftovers <= 1,
        "{most_leftovers} temporary files piled up in the folder"
    );
    write_atomically(&folder.path().join("large.ron"), b"tidy").expect("saves");
    assert_eq!(
        leftovers(folder.path()),
        Vec::<PathBuf>::new(),
        "the next save leaves a clean folder"
    );
    // And what is on disk is a scenario file that loads.
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("check.ron");
    std::fs::write(&path, large_file('a')).expect("written");
    load_path(&path, bundled::pattern_ids()).expect("a file near the cap loads");
}

/// The same test against a plain `std::fs::write`: it must fail there, or it proves nothing.
#[test]
fn sigkill_catches_a_plain_write() {
    let found = kill_during_saves("plain", 200);
    assert_eq!(found.silent, 0, "every child started its save");
    println!(
        "plain std::fs::write: {} of 200 killed saves left a half-written file",
        found.corrupt
    );
    assert!(found.corrupt > 0, "the test could not catch a plain write");
}

#[test]
fn a_file_near_the_size_cap_saves_and_loads_back() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("large.ron");
    write_atomically(&path, &large_file('z')).expect("saved");
    let loaded = load_path(&path, bundled::pattern_ids()).expect("loads");
    assert_eq!(to_canonical_string(&loaded).into_bytes(), large_file('z'));
}

#[test]
fn a_save_removes_only_temporary_files_of_ours_whose_writer_is_gone() {
    let folder = tempfile::tempdir().expect("folder");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .arg("--list")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let gone = child.id();
    child.wait().expect("reaped");
    let mine = std::process::id();
    let stale = folder
        .path()
        .join(format!(".integration-advisor-{gone}-Ab12Cd.tmp"));
    let running = folder
        .path()
        .join(format!(".integration-advisor-{mine}-Ab12Cd.tmp"));
    let unnamed = folder.path().join(".integration-advisor-Ab12Cd.tmp");
    let someone_elses = folder.path().join(format!(".editor-{gone}-Ab12Cd.tmp"));
    let folder_of_that_name = folder
        .path()
        .join(format!(".integration-advisor-{gone}-Zz9.tmp"));
    for file in [&stale, &running, &unnamed, &someone_elses] {
        std::fs::write(file, b"left over").expect("written");
    }
    std::fs::create_dir(&folder_of_that_name).expect("made");

    write_atomically(&folder.path().join("scenario.ron"), b"saved").expect("saves");

    assert!(!stale.exists(), "a dead writer's temporary file is removed");
    for kept in [&running, &unnamed, &someone_elses, &folder_of_that_name] {
        assert!(kept.exists(), "{} is not ours to remove", kept.display());
    }
}
