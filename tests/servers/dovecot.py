"""A private Dovecot IMAP server on a free loopback port, for tests of the real mailbox code.

Measured on Debian 12 (Dovecot 2.3.19.1), see /work/shared/notes/test-servers.md: it starts
in about 20 ms, must run its login processes as `dovenull` and the mail as a non-root user
(`vmail`), and needs every folder on the way to its directory traversable. Each instance owns
a fresh directory under /tmp (pytest's own temporary directories are 0700, which Dovecot's
unprivileged processes cannot enter) and removes it on `close()`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient

from daemon.config import ImapConfig, Secret

REPO = Path(__file__).resolve().parents[2]
ENSURE_DOVECOT = REPO / ".ci" / "ensure-dovecot"

# Dovecot 2.3's post-login capabilities, less MOVE. Dovecot still *executes* UID MOVE when it is
# not advertised; what this changes is what a client is told, which is what the code decides by.
CAPABILITIES_WITHOUT_MOVE = (
    "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY "
    "THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE "
    "UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH "
    "ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY"
)
CAPABILITIES_WITHOUT_IDLE = CAPABILITIES_WITHOUT_MOVE.replace(" IDLE", "") + " MOVE"

_CONFIG = """\
# Written by tests/servers/dovecot.py for one test; removed with its directory.
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Dovecot answers a failed login after 2 s by default; tests want the answer at once.
auth_failure_delay = 0
mail_location = maildir:{base}/mail/%u
default_internal_user = dovecot
default_login_user = dovenull
{capability_line}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
}}
userdb {{
  driver = static
  args = uid=vmail gid=vmail home={base}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
"""


def ensure_installed() -> None:
    """Install Dovecot and the `vmail` user with .ci/ensure-dovecot when either is missing."""
    have_binary = shutil.which("dovecot") is not None or Path("/usr/sbin/dovecot").exists()
    try:
        import pwd

        pwd.getpwnam("vmail")
        have_user = True
    except KeyError:
        have_user = False
    if not (have_binary and have_user):
        subprocess.run([str(ENSURE_DOVECOT)], check=True)


def _dovecot_binary() -> str:
    return shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _alive(pid: int) -> bool:
    """True while `pid` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _group_members(pgid: int) -> list[int]:
    """The live processes of group `pgid`. Zombies do not count: this machine's PID 1 reaps
    orphans only about once a second."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


class Dovecot:
    """One private Dovecot instance with one user; `start()`, `stop()`, `restart()`, `close()`.

    `capabilities` replaces the advertised post-login capability list (Dovecot's
    `imap_capability`), e.g. CAPABILITIES_WITHOUT_MOVE; `move=False` is a short way to ask
    for that one.
    """

    host = "127.0.0.1"

    def __init__(
        self,
        *,
        username: str = "iro",
        password: str | None = None,
        move: bool = True,
        capabilities: str | None = None,
    ) -> None:
        if os.geteuid() != 0:
            raise PermissionError("a private Dovecot needs root (it drops to dovenull/vmail)")
        ensure_installed()
        self.username = username
        self.password = password or secrets.token_urlsafe(18)
        self.capabilities = capabilities or (None if move else CAPABILITIES_WITHOUT_MOVE)
        self.base = Path(tempfile.mkdtemp(prefix="caseclock-dovecot-"))
        self.base.chmod(0o755)
        self.port = free_port()
        self.config_path = self.base / "dovecot.conf"
        self.log_path = self.base / "dovecot.log"
        self.mail_root = self.base / "mail"
        for sub in ("run", "state", "mail"):
            (self.base / sub).mkdir(mode=0o755)
        shutil.chown(self.mail_root, "vmail", "vmail")
        users = self.base / "users"
        users.write_text(f"{self.username}:{{PLAIN}}{self.password}\n", encoding="utf-8")
        shutil.chown(users, "root", "dovecot")
        users.chmod(0o640)
        self._write_config()
        atexit.register(self.close)  # a test run interrupted mid-test leaves no server behind

    # ---- life cycle -------------------------------------------------------------------------

    def _write_config(self) -> None:
        line = f"imap_capability = {self.capabilities}" if self.capabilities else ""
        self.config_path.write_text(
            _CONFIG.format(base=self.base, port=self.port, capability_line=line),
            encoding="utf-8",
        )

    @property
    def pid_file(self) -> Path:
        return self.base / "run" / "master.pid"

    def master_pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    @property
    def running(self) -> bool:
        pid = self.master_pid()
        return pid is not None and _alive(pid)

    def start(self, timeout: float = 10.0) -> None:
        """Start the master (it daemonizes) and return once the port greets with `* OK`."""
        if self.running:
            return
        self.pid_file.unlink(missing_ok=True)  # stale: its process is gone
        # Output goes to a file, not a pipe: the daemonized master inherits the descriptors,
        # and a pipe would stay open (and `subprocess.run` waiting) for the server's lifetime.
        start_log = self.base / "start.log"
        with start_log.open("wb") as out:
            done = subprocess.run(
                [_dovecot_binary(), "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
            )
        if done.returncode != 0:
            said = start_log.read_text(encoding="utf-8", errors="replace").strip()
            raise RuntimeError(
                f"dovecot did not start (exit {done.returncode}): {said}\n{self.log_tail()}"
            )
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                    if sock.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot did not answer on port {self.port}\n{self.log_tail()}")
            time.sleep(0.01)

    def stop(self, grace: float = 1.0) -> None:
        """Stop the whole instance as a service manager would: master, logins and mail sessions.

        Dovecot's master on SIGTERM leaves running IMAP sessions (an IDLE among them) alive, so
        SIGTERM goes to the master's process group (the master calls setsid: the group is its
        own), and clients see `* BYE Server shutting down.`. A master that still waits for a
        child it has not reaped idles for a second before exiting; once every other process
        of the group is gone it is only waiting, so after 0.1 s it gets SIGKILL. Stragglers
        (seen twice in about a hundred stops: a group that took 6 s to go) get SIGKILL after
        `grace` seconds.
        """
        pid = self.master_pid()
        if pid is None or not _alive(pid):
            self.pid_file.unlink(missing_ok=True)
            return
        if os.getpgid(pid) != pid or pid == os.getpgrp():
            raise RuntimeError(f"dovecot master {pid} does not lead its own process group")
        os.killpg(pid, signal.SIGTERM)
        started = time.monotonic()
        killed = False
        while _alive(pid) or _group_members(pid):
            waited = time.monotonic() - started
            if waited > grace and not killed:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
                killed = True
            elif waited > 0.1 and _alive(pid) and _group_members(pid) == [pid]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            if waited > grace + 10:
                raise RuntimeError(f"dovecot group {pid} outlived SIGKILL: {_group_members(pid)}")
            time.sleep(0.005)
        self.pid_file.unlink(missing_ok=True)

    def restart(self, *, capabilities: str | None = None, move: bool | None = None) -> None:
        """Stop and start again on the same port and mail; optionally change capabilities."""
        self.stop()
        if capabilities is not None:
            self.capabilities = capabilities
        elif move is not None:
            self.capabilities = None if move else CAPABILITIES_WITHOUT_MOVE
        self._write_config()
        self.start()

    def close(self) -> None:
        """Stop and remove the instance's directory."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no dovecot log)"
        return "\n".join(text.splitlines()[-lines:])

    # ---- configuration for the code under test ----------------------------------------------

    def imap_config(
        self, secret_file: Path, *, password: str | None = None, timeout_s: float = 5.0
    ) -> ImapConfig:
        """An ImapConfig for this server (plain, loopback) with the password in `secret_file`."""
        secret_file.write_text((self.password if password is None else password) + "\n")
        secret_file.chmod(0o600)
        return ImapConfig(
            host=self.host,
            port=self.port,
            security="plain",
            username=self.username,
            password=Secret(file=secret_file),
            timeout_s=timeout_s,
        )

    # ---- looking and putting, from a second connection -------------------------------------

    @contextlib.contextmanager
    def client(self, folder: str | None = None, *, readonly: bool = True) -> Iterator[IMAPClient]:
        """A logged-in IMAPClient of its own (closed on exit), optionally with `folder` selected."""
        with IMAPClient(self.host, self.port, ssl=False, timeout=5) as client:
            client.login(self.username, self.password)
            if folder is not None:
                client.select_folder(folder, readonly=readonly)
            yield client

    def append(self, folder: str, raw: bytes, flags: Sequence[bytes] = ()) -> int:
        """APPEND one message; returns its UID (from APPENDUID)."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, flags=tuple(flags))
        return _appenduid(response)

    def append_many(self, folder: str, messages: Sequence[bytes]) -> None:
        """One MULTIAPPEND for many messages (much faster than one APPEND each)."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.multiappend(folder, list(messages))

    def uids(self, folder: str) -> list[int]:
        with self.client(folder) as client:
            return sorted(client.search(["ALL"]))

    def messages(self, folder: str) -> dict[int, tuple[bytes, tuple[bytes, ...]]]:
        """UID -> (raw bytes, flags), read without setting \\Seen."""
        with self.client(folder) as client:
            uids = client.search(["ALL"])
            if not uids:
                return {}
            data = client.fetch(uids, [b"BODY.PEEK[]", b"FLAGS"])
        return {uid: (item[b"BODY[]"], tuple(item[b"FLAGS"])) for uid, item in data.items()}

    def flags(self, folder: str, uid: int) -> tuple[bytes, ...]:
        with self.client(folder) as client:
            data = client.get_flags([uid])
        return tuple(data.get(uid, ()))

    def add_flags(self, folder: str, uid: int, flags: Sequence[bytes]) -> None:
        with self.client(folder, readonly=False) as client:
            client.add_flags([uid], list(flags))

    def folders(self) -> list[str]:
        with self.client() as client:
            return [name for _flags, _delim, name in client.list_folders()]

    def create_folder(self, folder: str) -> None:
        with self.client() as client:
            client.create_folder(folder)

    def uidvalidity(self, folder: str) -> int:
        """Read by EXAMINE, which resynchronises (STATUS may answer from the list index)."""
        with self.client() as client:
            info = client.select_folder(folder, readonly=True)
        return int(info[b"UIDVALIDITY"])

    # ---- on disk ----------------------------------------------------------------------------

    def folder_path(self, folder: str) -> Path:
        """The Maildir of `folder` (Maildir++ layout: INBOX is the user's root, others `.Name`)."""
        user = self.mail_root / self.username
        if folder.upper() == "INBOX":
            return user
        return user / ("." + folder.replace("/", "."))

    def deliver(self, raw: bytes, folder: str = "INBOX") -> Path:
        """Put a message straight into the Maildir, as a local delivery agent would.

        Works while the server is stopped (mail that arrives during an IMAP restart).
        """
        maildir = self.folder_path(folder)
        for sub in (maildir, maildir / "tmp", maildir / "new", maildir / "cur"):
            if not sub.exists():
                sub.mkdir(mode=0o700, parents=True)
                shutil.chown(sub, "vmail", "vmail")
        name = f"{time.time_ns()}.P{os.getpid()}R{secrets.token_hex(4)}.caseclock-test"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(raw)
        shutil.chown(tmp, "vmail", "vmail")
        target = maildir / "new" / name
        tmp.rename(target)
        return target

    def change_uidvalidity(self, folder: str = "INBOX") -> int:
        """Force a new UIDVALIDITY on `folder` (UIDs renumbered too); returns the new value.

        Stops the server, deletes the folder's dovecot-uidlist and index files (Dovecot then
        rebuilds them, taking the next value from the user's dovecot-uidvalidity counter, so
        the new value differs even within the same second), and starts it again.
        """
        old = self.uidvalidity(folder)
        self.stop()
        maildir = self.folder_path(folder)
        doomed = [maildir / "dovecot-uidlist", *maildir.glob("dovecot.index*")]
        doomed += list((self.mail_root / self.username).glob("dovecot.list.index*"))
        for path in doomed:
            path.unlink(missing_ok=True)
        self.start()
        new = self.uidvalidity(folder)
        if new == old:
            raise RuntimeError(f"UIDVALIDITY of {folder} did not change ({old})")
        return new


def _appenduid(response: bytes) -> int:
    """The UID from an APPEND response such as b'[APPENDUID 1795626226 3] Append completed.'."""
    text = response.decode("ascii", "replace")
    if "[APPENDUID " not in text:
        raise RuntimeError(f"no APPENDUID in {text!r}")
    return int(text.split("[APPENDUID ", 1)[1].split("]", 1)[0].split()[1])
