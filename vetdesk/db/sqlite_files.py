"""Checks and copies that only make sense for the embedded SQLite file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

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
