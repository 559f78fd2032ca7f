"""Checks and copies that only make sense for the embedded SQLite file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

from vetdesk.errors import ValidationError
from vetdesk.i18n import _

# File systems on which SQLite's locking is unreliable: a shared file there gets corrupted.
_NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "fuse.rclone",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)


def filesystem_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The file-system type holding ``path`` on Linux (longest matching mount point)."""
    try:
        lines = mounts_file.read_text().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best: tuple[int, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None


def is_network_location(path: Path, mounts_file: Path = Path("/proc/mounts")) -> bool:
    """True where the folder is on a network share (UNC path, mapped drive, NFS, SMB...)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    fs_type = filesystem_type(existing, mounts_file)
    return fs_type is not None and fs_type in _NETWORK_FILESYSTEMS


def quick_check(path: Path) -> str | None:
    """``None`` when SQLite's quick_check passes, else its first complaint."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    result = str(row[0]) if row else "no answer"
    return None if result == "ok" else result


def backup_copy(path: Path, label: str, now: dt.datetime) -> Path:
    """Copy the database (consistently, through SQLite's backup API) into ``backups/``."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-{stamp}-{label}{path.suffix}"
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


# The database's companions: SQLite holds its locks on these as well.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def is_part_of_database(candidate: Path, database: Path) -> bool:
    """True when ``candidate`` is the database file or one of its companion files (also
    through another name for the same file: a link, another path)."""
    for suffix in _COMPANIONS:
        part = Path(str(database) + suffix)
        try:
            if candidate.samefile(part):
                return True
        except OSError:  # one of them does not exist
            if candidate.resolve() == part.resolve():
                return True
    return False


def read_chosen_file(path: Path, database: Path | None) -> bytes:
    """The bytes of a file the user chose to attach or send, never the open database's.

    Opening the database file with anything but SQLite and closing it again drops every POSIX
    lock this process holds on it, SQLite's included: another process may then take itself
    for the last user, fold the write-ahead log in and delete it, and what this process
    writes afterwards is lost (found with the file dialogs, vetdesk/ui/widgets/file_dialogs.py).
    Besides, the whole clinic's data is not an attachment."""
    if database is not None and is_part_of_database(path, database):
        raise ValidationError(_(
            "“{name}” is the clinic's database itself; it cannot be attached or sent. Choose "
            "another file.").format(name=path.name))
    return path.read_bytes()
