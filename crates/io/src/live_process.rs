//! Whether another process of ours is still running: recovery files and temporary save files
//! carry their owner's process id, and only a dead owner's files are taken over or removed.

/// Whether a process with this id is running. This process always is; a zombie (killed, not
/// yet reaped by its parent) is not: it will never write again.
pub fn is_running(pid: u32) -> bool {
    pid == std::process::id() || platform::is_running(pid)
}

#[cfg(unix)]
#[expect(
    unsafe_code,
    reason = "one system call, to ask whether a process exists"
)]
mod platform {
    pub fn is_running(pid: u32) -> bool {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        if pid <= 0 {
            // 0 and negative ids name process groups, not a process.
            return false;
        }
        // SAFETY: kill with signal 0 sends nothing; it only asks whether the process exists.
        let result = unsafe { libc::kill(pid, 0) };
        let exists =
            result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
        exists && !is_zombie(pid)
    }

    /// Linux shows a process's state in `/proc/PID/stat`, after the parenthesised name: `Z`
    /// for a zombie, `X` for a dead one. Elsewhere (no `/proc`) a process that exists counts
    /// as running.
    fn is_zombie(pid: libc::pid_t) -> bool {
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            return false;
        };
        let state = stat
            .rfind(')')
            .and_then(|end| stat[end + 1..].split_whitespace().next());
        matches!(state, Some("Z" | "X"))
    }
}

#[cfg(windows)]
#[expect(unsafe_code, reason = "three calls into the Windows API")]
mod platform {
    use windows_sys::Win32::Foundation::{CloseHandle, STILL_ACTIVE};
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };

    pub fn is_running(pid: u32) -> bool {
        // SAFETY: OpenProcess returns a handle or null; the handle is closed below.
        let handle = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
        if handle.is_null() {
            // No such process, or one we may not look at (not ours, so not an instance of
            // this app run by this user).
            return false;
        }
        let mut code = 0u32;
        // SAFETY: `handle` is a valid process handle and `code` a valid place to write.
        let read = unsafe { GetExitCodeProcess(handle, &mut code) };
        // SAFETY: the handle came from OpenProcess and is closed once.
        unsafe { CloseHandle(handle) };
        read != 0 && code == STILL_ACTIVE as u32
    }
}

#[cfg(not(any(unix, windows)))]
mod platform {
    /// With no way to ask, every other process counts as running: nothing of theirs is
    /// taken over or removed.
    pub fn is_running(_pid: u32) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_a_finished_child_does_not() {
        assert!(is_running(std::process::id()));
        let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .arg("--list")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        let pid = child.id();
        child.wait().expect("reaped");
        assert!(!is_running(pid), "an exited, reaped child is gone");
    }
}
