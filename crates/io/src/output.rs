//! Where a command's output goes when it is given `-o PATH`.
//!
//! Three kinds of place, told apart before anything is written:
//! - standard output: no `-o`, `-o -`, or a path that names this process's standard output
//!   (`/dev/stdout`);
//! - a stream that is not a file (a pipe, a FIFO, a character device such as `/dev/null`):
//!   written into as it is. Renaming a new file over it, as an atomic save does, would replace
//!   the device or the FIFO with a plain file;
//! - a regular file, or a path where nothing is yet: replaced atomically, written as a stream
//!   into a temporary file beside it ([`AtomicFile`]).
//!
//! Anything else (a folder, a socket, a block device) is refused, and so is an output that is
//! the same file as one of the command's inputs, however it is named (links, `./`, hard links):
//! writing it would destroy the input.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::plain_io_error;
use super::save::AtomicFile;

/// Why an output cannot be written where it was asked to go.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct OutputError {
    /// The output path as given.
    pub path: PathBuf,
    /// What is wrong, in plain words.
    pub message: String,
}

/// Where the output goes, decided and opened.
pub enum Destination {
    /// This process's standard output (the caller's writer).
    StandardOutput,
    /// A pipe or a device, written into as it is.
    Stream {
        /// The path as given.
        path: PathBuf,
        /// The stream, opened for writing.
        file: File,
    },
    /// A regular file, replaced when [`Destination::finish`] is called.
    File(AtomicFile),
}

/// Paths that name this process's standard output on Unix.
const STANDARD_OUTPUT_NAMES: [&str; 3] = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];
/// Paths that name one of this process's open descriptors: written into, never replaced.
const DESCRIPTOR_PREFIXES: [&str; 3] = ["/dev/fd/", "/proc/self/fd/", "/dev/stderr"];

/// Decides where `output` goes and opens it. `inputs` are the files the command reads: an
/// output that is one of them is refused before anything is written.
pub fn destination(output: Option<&Path>, inputs: &[&Path]) -> Result<Destination, OutputError> {
    let Some(path) = output else {
        return Ok(Destination::StandardOutput);
    };
    let refuse = |message: String| OutputError {
        path: path.to_owned(),
        message,
    };
    let text = path.to_string_lossy();
    if text == "-" || (cfg!(unix) && STANDARD_OUTPUT_NAMES.contains(&text.as_ref())) {
        return Ok(Destination::StandardOutput);
    }
    if let Some(input) = inputs.iter().find(|input| is_same_file(path, input)) {
        return Err(refuse(format!(
            "this is the input file {}; writing the output there would destroy it. Give \
             another output path",
            input.display()
        )));
    }
    let descriptor = cfg!(unix) && DESCRIPTOR_PREFIXES.iter().any(|p| text.starts_with(p));
    let kind = std::fs::metadata(path).ok().map(|m| Kind::of(&m));
    match kind {
        Some(Kind::Folder) => Err(refuse(
            "it is a folder; give a file name for the output".to_owned(),
        )),
        Some(Kind::Other) => Err(refuse(
            "it is neither a regular file nor a pipe or a terminal; nothing is written there"
                .to_owned(),
        )),
        Some(Kind::Stream) => open_stream(path).map_err(refuse),
        _ if descriptor => open_stream(path).map_err(refuse),
        Some(Kind::Regular) | None => AtomicFile::create(path)
            .map(Destination::File)
            .map_err(|error| refuse(error.message)),
    }
}

fn open_stream(path: &Path) -> Result<Destination, String> {
    // No truncation and no creation: a FIFO or a device is written as it is.
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map(|file| Destination::Stream {
            path: path.to_owned(),
            file,
        })
        .map_err(|e| format!("cannot write there: {}", plain_io_error(&e)))
}

impl Destination {
    /// The writer to write into: the caller's standard output, the stream or the file.
    pub fn writer<'a>(&'a mut self, standard_output: &'a mut dyn Write) -> &'a mut dyn Write {
        match self {
            Self::StandardOutput => standard_output,
            Self::Stream { file, .. } => file,
            Self::File(file) => file,
        }
    }

    /// Finishes the output: a file takes its new content now; a stream is flushed.
    pub fn finish(self) -> Result<(), OutputError> {
        match self {
            Self::StandardOutput => Ok(()),
            Self::Stream { path, mut file } => file.flush().map_err(|e| OutputError {
                path,
                message: format!("could not finish writing: {}", plain_io_error(&e)),
            }),
            Self::File(file) => file.commit().map_err(|error| OutputError {
                path: error.path,
                message: error.message,
            }),
        }
    }
}

/// What is at a path, as far as writing output there goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Regular,
    Folder,
    /// A FIFO or a character device.
    Stream,
    /// A socket, a block device, anything else.
    Other,
}

impl Kind {
    fn of(metadata: &std::fs::Metadata) -> Self {
        let kind = metadata.file_type();
        if kind.is_file() {
            Self::Regular
        } else if kind.is_dir() {
            Self::Folder
        } else if is_stream(kind) {
            Self::Stream
        } else {
            Self::Other
        }
    }
}

#[cfg(unix)]
fn is_stream(kind: std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt as _;
    kind.is_fifo() || kind.is_char_device()
}

#[cfg(not(unix))]
fn is_stream(_kind: std::fs::FileType) -> bool {
    // Windows devices (`NUL`, `CON`) are not files std can see as such; the console and NUL
    // are reached through paths that metadata does not describe as regular files either.
    false
}

/// Whether two paths name the same regular file, after links.
///
/// Device and inode on Unix, the volume and file index on Windows. Only regular files are
/// compared: opening a FIFO to compare it would block until something writes into it.
pub fn is_same_file(a: &Path, b: &Path) -> bool {
    let regular = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.is_file());
    regular(a) && regular(b) && same_file::is_same_file(a, b).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Used by the tests of devices and FIFOs, which are Unix's.
    #[cfg(unix)]
    fn write_all(mut destination: Destination, text: &str) -> Result<(), OutputError> {
        let mut sink = Vec::new();
        destination
            .writer(&mut sink)
            .write_all(text.as_bytes())
            .map_err(|e| OutputError {
                path: PathBuf::new(),
                message: e.to_string(),
            })?;
        destination.finish()
    }

    #[test]
    fn a_regular_file_is_replaced_only_when_finished() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("out.txt");
        std::fs::write(&path, "old").expect("written");
        let mut destination = destination(Some(&path), &[]).expect("opens");
        let mut sink = Vec::new();
        destination
            .writer(&mut sink)
            .write_all(b"new")
            .expect("writes");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
        destination.finish().expect("finishes");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        assert!(sink.is_empty(), "nothing went to standard output");
    }

    #[test]
    fn dash_and_dev_stdout_are_standard_output() {
        for name in ["-", "/dev/stdout"] {
            let destination = destination(Some(Path::new(name)), &[]).expect("opens");
            assert!(
                matches!(destination, Destination::StandardOutput) || cfg!(not(unix)),
                "{name}"
            );
        }
    }

    #[test]
    fn an_input_is_refused_under_any_of_its_names() {
        let folder = tempfile::tempdir().expect("folder");
        let input = folder.path().join("a.ron");
        std::fs::write(&input, "keep").expect("written");
        let dotted = folder.path().join(".").join("a.ron");
        let hard = folder.path().join("hard.ron");
        std::fs::hard_link(&input, &hard).expect("hard link");
        for output in [&input, &dotted, &hard] {
            let Err(error) = destination(Some(output), &[&input]) else {
                panic!("{} must be refused", output.display());
            };
            assert!(error.message.contains("input file"), "{error}");
        }
        #[cfg(unix)]
        {
            let link = folder.path().join("link.ron");
            std::os::unix::fs::symlink(&input, &link).expect("symlink");
            assert!(destination(Some(&link), &[&input]).is_err(), "a link to it");
        }
        assert_eq!(std::fs::read_to_string(&input).expect("read"), "keep");
    }

    #[test]
    fn a_folder_is_refused() {
        let folder = tempfile::tempdir().expect("folder");
        let Err(error) = destination(Some(folder.path()), &[]) else {
            panic!("a folder must be refused");
        };
        assert!(error.message.contains("folder"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_character_device_is_written_into_not_replaced() {
        use std::os::unix::fs::FileTypeExt as _;
        let null = Path::new("/dev/null");
        let destination = destination(Some(null), &[]).expect("opens");
        assert!(matches!(destination, Destination::Stream { .. }));
        write_all(destination, "into the device").expect("written");
        let kind = std::fs::metadata(null).expect("still there").file_type();
        assert!(kind.is_char_device(), "/dev/null is still a device");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_written_into_not_replaced() {
        use std::io::Read as _;
        use std::os::unix::fs::FileTypeExt as _;
        let folder = tempfile::tempdir().expect("folder");
        let fifo = folder.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success(), "mkfifo");
        let reader_path = fifo.clone();
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            File::open(reader_path)
                .expect("open for reading")
                .read_to_string(&mut text)
                .expect("read");
            text
        });
        let destination = destination(Some(&fifo), &[]).expect("opens");
        write_all(destination, "through the pipe").expect("written");
        assert_eq!(reader.join().expect("reader"), "through the pipe");
        let kind = std::fs::metadata(&fifo).expect("still there").file_type();
        assert!(kind.is_fifo(), "still a FIFO");
    }
}
