"""Checks the release archives that scripts/release wrote: the checksums, exactly the files
each archive should hold, stripped binaries, and a Linux binary whose --version names the
version in Cargo.toml and the catalogue's version.

    python3 .ci/check_release.py DIST_DIR
"""

import hashlib
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fail(message):
    print(f"check_release: {message}", file=sys.stderr)
    sys.exit(1)


def version_of_cargo():
    match = re.search(r'^version = "([^"]+)"', (ROOT / "Cargo.toml").read_text(), re.M)
    return match.group(1)


def version_of_catalogue():
    match = re.search(r"^\s*version: (\d+),", (ROOT / "assets/catalogue.ron").read_text(), re.M)
    return match.group(1)


def expected_files(top, binary):
    fonts = sorted(p.name for p in (ROOT / "assets/fonts").glob("*-LICENSE.txt"))
    scenarios = [
        "01-change-of-address-from-customer-service.ron",
        "07-import-large-volumes-of-sales-orders.ron",
        "13-finops-asks-a-legacy-carrier-for-freight-rates.ron",
        "21-e-invoices-to-the-tax-authority.ron",
    ]
    names = [binary, "README.md", "LICENSE"]
    names += [f"licences/fonts/{f}" for f in fonts]
    names += ["inventories/sample-programme.csv", "inventories/sample-programme.xlsx"]
    names += [f"scenarios/{s}" for s in scenarios]
    return sorted(f"{top}/{n}" for n in names)


def elf_is_stripped(data):
    """No symbol table and no debug sections in a 64-bit little-endian ELF file."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        fail("the Linux binary is not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    def section(i):
        return struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
    names_offset = section(shstrndx)[4]
    names = []
    for i in range(shnum):
        name_at = names_offset + section(i)[0]
        names.append(data[name_at:data.index(b"\0", name_at)].decode())
    return not any(n == ".symtab" or n.startswith(".debug") for n in names)


def pe_is_stripped(data):
    """No COFF symbol table in a PE file (what strip removes from a MinGW executable)."""
    if data[:2] != b"MZ":
        fail("the Windows binary is not a PE file")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        fail("the Windows binary has no PE header")
    symbols = struct.unpack_from("<I", data, pe + 4 + 12)[0]
    return symbols == 0


def main():
    dist = Path(sys.argv[1])
    version = version_of_cargo()
    linux = f"integration-advisor-{version}-x86_64-unknown-linux-gnu"
    windows = f"integration-advisor-{version}-x86_64-pc-windows-gnu"
    sums = {}
    for line in (dist / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    for archive in (f"{linux}.tar.gz", f"{windows}.zip"):
        digest = hashlib.sha256((dist / archive).read_bytes()).hexdigest()
        if sums.get(archive) != digest:
            fail(f"{archive}: its SHA-256 is not the one in SHA256SUMS")

    with tarfile.open(dist / f"{linux}.tar.gz") as tar:
        got = sorted(m.name for m in tar.getmembers() if m.isfile())
        want = expected_files(linux, "integration-advisor")
        if got != want:
            fail(f"{linux}.tar.gz holds {got}, expected {want}")
        binary = tar.extractfile(f"{linux}/integration-advisor").read()
        if not tar.getmember(f"{linux}/integration-advisor").mode & 0o111:
            fail("the Linux binary is not executable")
    with zipfile.ZipFile(dist / f"{windows}.zip") as archive:
        got = sorted(n for n in archive.namelist() if not n.endswith("/"))
        want = expected_files(windows, "integration-advisor.exe")
        if got != want:
            fail(f"{windows}.zip holds {got}, expected {want}")
        exe = archive.read(f"{windows}/integration-advisor.exe")
    if not elf_is_stripped(binary):
        fail("the Linux binary is not stripped")
    if not pe_is_stripped(exe):
        fail("the Windows binary is not stripped")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "integration-advisor"
        path.write_bytes(binary)
        path.chmod(0o755)
        said = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=True)
    want = f"integration-advisor {version} (catalogue {version_of_catalogue()})"
    if said.stdout.strip() != want:
        fail(f"--version says {said.stdout.strip()!r}, expected {want!r}")
    print(f"check_release: both archives hold what they should; {want}")


main()
