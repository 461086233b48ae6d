"""Where mail comes from: one small interface over an IMAP folder or a local Maildir.

The ingest code lists UIDs, fetches the raw bytes of the ones its ledger has not seen,
and, after its transaction commits, moves each message to Processed, Triage or Quarantine.
Nothing here deletes mail: a move without IMAP MOVE expunges exactly the one copied UID.

Errors split by kind (house style): `MailboxConnectionError` means the connection or login
failed and the caller should `close()`, back off and `open()` again; any other
`MailboxError` concerns one message or folder and the caller records it against that item.
A source is not thread-safe: one thread owns it, and IDLE runs on the connection it owns.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import hashlib
import logging
import mailbox
import os
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Protocol, Self
from urllib.parse import quote

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from daemon.config import FoldersConfig, ImapConfig, MailboxConfig

log = logging.getLogger(__name__)

FETCH_BATCH: Final = 100
"""UIDs per FETCH command."""
FETCH_BATCH_BYTES: Final = 32 * 1024 * 1024
"""A FETCH batch is split further so that one response stays under this many bytes."""
IDLE_RENEW_S: Final = 600.0
"""Leave and re-enter IDLE at least this often (RFC 2177: servers may drop it after 30 min)."""
DELETED: Final = b"\\Deleted"
UIDVALIDITY_FILE: Final = "caseclock-uidvalidity"
_UID_MASK: Final = (1 << 63) - 1
_HEADER_LIMIT: Final = 1024 * 1024


class MailboxError(Exception):
    """A mailbox operation failed; the message names the mailbox, folder and UID."""


class MailboxConnectionError(MailboxError):
    """The connection, the login or the session failed: close, back off, open again."""


class MessageGoneError(MailboxError):
    """The UID is no longer in the folder (moved or deleted by someone else)."""


class MailSource(Protocol):
    """A folder of incoming mail, addressed by (UIDVALIDITY, UID) like an IMAP folder."""

    name: str
    """Stable identity for the ingest ledger, e.g. ``imap://iro@mail.example:993``."""
    supports_idle: bool
    supports_move: bool

    def open(self) -> None:
        """Connect, select the inbox, create the target folders that are missing."""
        ...

    def close(self) -> None:
        """Disconnect; never raises. `open()` may be called again afterwards."""
        ...

    @property
    def folder(self) -> str:
        """The inbox folder's name, as the ledger records it."""
        ...

    def uidvalidity(self) -> int:
        """The inbox's UIDVALIDITY: when it changes, every UID seen before is meaningless."""
        ...

    def uids(self) -> list[int]:
        """UIDs now in the inbox, ascending."""
        ...

    def fetch(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """(uid, raw RFC 822 bytes) in the given order, without setting \\Seen.

        UIDs no longer in the inbox are skipped.
        """
        ...

    def message_ids(self, uids: Sequence[int]) -> dict[int, str | None]:
        """Message-ID header of each UID still in the inbox (None when it has none)."""
        ...

    def move(self, uid: int, target: str) -> None:
        """Move one message to `target`. Raises MessageGoneError if the UID is not there."""
        ...

    def move_many(self, uids: Sequence[int], target: str) -> list[int]:
        """Move these messages to `target` together; returns the UIDs that were there."""
        ...

    def wait_for_mail(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True as soon as new mail may have arrived."""
        ...


def make_source(config: MailboxConfig) -> MailSource:
    """The configured source, not yet opened."""
    if config.kind == "imap":
        assert config.imap is not None  # the config model guarantees it
        return ImapSource(config.imap, config.folders, poll_interval=float(config.poll_seconds))
    return MaildirSource(config.path, config.folders, poll_interval=1.0)


# ---- IMAP ---------------------------------------------------------------------------------


class ImapClient(Protocol):
    """The part of imapclient.IMAPClient this module uses: the seam that fakes replace."""

    def login(self, username: str, password: str) -> bytes: ...
    def logout(self) -> bytes: ...
    def shutdown(self) -> None: ...
    def capabilities(self) -> tuple[bytes, ...]: ...
    def folder_exists(self, folder: str) -> bool: ...
    def create_folder(self, folder: str) -> bytes: ...
    def subscribe_folder(self, folder: str) -> bytes: ...
    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, Any]: ...
    def search(self, criteria: Any = "ALL", charset: str | None = None) -> list[int]: ...
    def fetch(
        self, messages: Sequence[int], data: Sequence[bytes], modifiers: Any = None
    ) -> dict[int, dict[bytes, Any]]: ...
    def move(self, messages: Sequence[int], folder: str) -> bytes | None: ...
    def copy(self, messages: Sequence[int], folder: str) -> bytes | None: ...
    def add_flags(
        self, messages: Sequence[int], flags: Sequence[bytes], silent: bool = False
    ) -> Any: ...
    def uid_expunge(self, messages: Sequence[int]) -> Any: ...
    def noop(self) -> tuple[bytes, list[tuple[Any, ...]]]: ...
    def idle(self) -> None: ...
    def idle_check(self, timeout: float | None = None) -> list[tuple[Any, ...]]: ...
    def idle_done(self) -> tuple[bytes, list[tuple[Any, ...]]]: ...


def make_imap_client(config: ImapConfig) -> ImapClient:
    """Connect (not log in) as the configuration says: implicit TLS, STARTTLS or plain.

    The one place an IMAP client is built. Certificates and host names are verified
    with the system's trust store. `plain` is only ever allowed on loopback (the config
    model refuses it elsewhere).
    """
    if config.security == "tls":
        client: ImapClient = IMAPClient(
            config.host,
            port=config.port,
            ssl=True,
            ssl_context=ssl.create_default_context(),
            timeout=config.timeout_s,
        )
        return client
    plain = IMAPClient(config.host, port=config.port, ssl=False, timeout=config.timeout_s)
    if config.security == "starttls":
        try:
            plain.starttls(ssl.create_default_context())
        except BaseException:
            plain.shutdown()
            raise
    client = plain
    return client


def _has_new_mail(responses: Sequence[tuple[Any, ...]]) -> bool:
    """True for an untagged EXISTS, or a RECENT with a count above zero."""
    for response in responses:
        if (
            len(response) >= 2
            and isinstance(response[0], int)
            and (response[1] == b"EXISTS" or (response[1] == b"RECENT" and response[0] > 0))
        ):
            return True
    return False


def _says_bye(responses: Sequence[tuple[Any, ...]]) -> bool:
    return any(response and response[0] == b"BYE" for response in responses)


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class FolderNames:
    """The inbox and the folders handled mail goes to: the same for every source."""

    _folders: FoldersConfig

    @property
    def folder(self) -> str:
        return self._folders.inbox

    @property
    def targets(self) -> tuple[str, ...]:
        f = self._folders
        return (f.processed, f.triage, f.quarantine)


def move_each(move: Callable[[int, str], None], uids: Sequence[int], target: str) -> list[int]:
    """``move_many`` for a source that moves one message at a time; gone ones are skipped."""
    moved = []
    for uid in uids:
        try:
            move(uid, target)
        except MessageGoneError:
            continue
        moved.append(uid)
    return moved


class ImapSource(FolderNames):
    """The inbox folder of an IMAP account, through imapclient."""

    def __init__(
        self,
        config: ImapConfig,
        folders: FoldersConfig,
        client_factory: Callable[[ImapConfig], ImapClient] = make_imap_client,
        *,
        poll_interval: float = 30.0,
    ) -> None:
        self._config = config
        self._folders = folders
        self._client_factory = client_factory
        self._poll_interval = poll_interval
        self._client: ImapClient | None = None
        self._uidvalidity: int | None = None
        self._uidplus = False
        host = f"[{config.host}]" if ":" in config.host else config.host
        self.name = f"imap://{quote(config.username, safe='')}@{host}:{config.port}"
        self.supports_idle = False
        self.supports_move = False

    def __repr__(self) -> str:
        return f"ImapSource({self.name!r}, folder={self.folder!r})"

    # ---- connection -----------------------------------------------------------------------

    def open(self) -> None:
        """Connect, log in, create missing target folders, select the inbox.

        Raises MailboxConnectionError (connection, TLS or login failed), MailboxError (a
        folder could not be created or selected; the connection is closed again) or
        daemon.config.ConfigError (the password's secret cannot be read).
        """
        self.close()
        password = self._config.password.reveal()
        try:
            client = self._client_factory(self._config)
        except (OSError, IMAPClientError) as err:
            raise MailboxConnectionError(f"{self.name}: cannot connect: {err}") from err
        self._client = client
        try:
            client.login(self._config.username, password)
        except (IMAPClientError, OSError) as err:
            self._drop()
            detail = str(err).replace(password, "***") if password else str(err)
            raise MailboxConnectionError(
                f"{self.name}: login as {self._config.username} failed: {detail}"
            ) from err
        try:
            self._prepare(client)
        except MailboxError:
            self._drop()
            raise
        log.info(
            "%s: opened %s (UIDVALIDITY %d, MOVE %s, IDLE %s)",
            self.name,
            self.folder,
            self._uidvalidity,
            "yes" if self.supports_move else "no",
            "yes" if self.supports_idle else "no",
        )

    def _prepare(self, client: ImapClient) -> None:
        with self._guard("reading capabilities and creating folders"):
            capabilities = set(client.capabilities())
            self.supports_idle = b"IDLE" in capabilities
            self.supports_move = b"MOVE" in capabilities
            self._uidplus = b"UIDPLUS" in capabilities
            for target in self.targets:
                if not client.folder_exists(target):
                    client.create_folder(target)
                    client.subscribe_folder(target)
                    log.info("%s: created folder %s", self.name, target)
        with self._guard(f"selecting {self.folder}"):
            info = client.select_folder(self.folder)
            self._uidvalidity = int(info[b"UIDVALIDITY"])
        if not (self.supports_move or self._uidplus):
            log.warning("%s: server has neither MOVE nor UIDPLUS; moving mail will fail", self.name)

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            with contextlib.suppress(IMAPClientError, OSError):
                client.shutdown()

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _drop(self) -> None:
        """Forget a connection that failed, closing its socket."""
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(IMAPClientError, OSError):
                client.shutdown()

    def _require(self) -> ImapClient:
        if self._client is None:
            raise MailboxConnectionError(f"{self.name}: not connected (call open())")
        return self._client

    @contextlib.contextmanager
    def _guard(self, doing: str, *, session: bool = False) -> Iterator[None]:
        """Translate imapclient's and the socket's errors into ours.

        Aborts and socket errors end the connection (MailboxConnectionError). Other IMAP
        errors (NO, BAD) concern the item, unless `session` says the session state is
        unknown afterwards (during IDLE), when they end the connection too.
        """
        try:
            yield
        except MailboxError:
            raise
        except (IMAPClientAbortError, OSError) as err:
            self._drop()
            raise MailboxConnectionError(f"{self.name} {self.folder}: {doing}: {err}") from err
        except IMAPClientError as err:
            if session:
                self._drop()
                raise MailboxConnectionError(f"{self.name} {self.folder}: {doing}: {err}") from err
            raise MailboxError(f"{self.name} {self.folder}: {doing}: {err}") from err

    # ---- reading --------------------------------------------------------------------------

    def uidvalidity(self) -> int:
        self._require()
        assert self._uidvalidity is not None
        return self._uidvalidity

    def uids(self) -> list[int]:
        client = self._require()
        with self._guard("listing UIDs"):
            # A server answers SEARCH from the session's view, which gains messages other
            # connections added only when it announces them (EXISTS). Dovecot does that at
            # the *end* of a command, so without this NOOP the SEARCH misses new mail.
            client.noop()
            return sorted(int(uid) for uid in client.search(["ALL"]))

    def fetch(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        for batch in self._batches(list(uids)):
            client = self._require()
            with self._guard(f"fetching UIDs {batch[0]}..{batch[-1]}"):
                found = client.fetch(batch, [b"BODY.PEEK[]"])
            for uid in batch:
                item = found.get(uid)
                if item is None:
                    log.info("%s %s: UID %d vanished before fetch", self.name, self.folder, uid)
                    continue
                body = item.get(b"BODY[]")
                if not isinstance(body, bytes):
                    raise MailboxError(
                        f"{self.name} {self.folder}: UID {uid}: server returned no body"
                    )
                yield uid, body

    def _batches(self, uids: list[int]) -> Iterator[list[int]]:
        """Groups of at most FETCH_BATCH UIDs and about FETCH_BATCH_BYTES of mail."""
        for chunk in _chunks(uids, FETCH_BATCH):
            client = self._require()
            with self._guard(f"reading sizes of UIDs {chunk[0]}..{chunk[-1]}"):
                sizes = client.fetch(chunk, [b"RFC822.SIZE"])
            batch: list[int] = []
            total = 0
            for uid in chunk:
                size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
                if batch and total + size > FETCH_BATCH_BYTES:
                    yield batch
                    batch, total = [], 0
                batch.append(uid)
                total += size
            if batch:
                yield batch

    def message_ids(self, uids: Sequence[int]) -> dict[int, str | None]:
        result: dict[int, str | None] = {}
        for chunk in _chunks(list(uids), FETCH_BATCH):
            client = self._require()
            with self._guard(f"fetching Message-IDs of UIDs {chunk[0]}..{chunk[-1]}"):
                found = client.fetch(chunk, [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for uid in chunk:
                item = found.get(uid)
                if item is None:
                    continue
                header = next(
                    (v for k, v in item.items() if k.startswith(b"BODY[HEADER.FIELDS")), b""
                )
                result[uid] = header_message_id(header if isinstance(header, bytes) else b"")
        return result

    # ---- changing -------------------------------------------------------------------------

    def move(self, uid: int, target: str) -> None:
        # MOVE and COPY of a UID that is not there both answer OK: move_many asks first.
        if not self.move_many([uid], target):
            raise MessageGoneError(f"{self.name} {self.folder}: UID {uid} is not in the folder")

    def move_many(self, uids: Sequence[int], target: str) -> list[int]:
        """One SEARCH and one MOVE (or COPY + flag + UID EXPUNGE) for the whole set."""
        if not uids:
            return []
        client = self._require()
        doing = (
            f"moving UID {uids[0]} to {target}"
            if len(uids) == 1
            else f"moving {len(uids)} messages to {target}"
        )
        with self._guard(doing):
            wanted = ",".join(str(u) for u in sorted(set(uids)))
            present = sorted(client.search(["UID", wanted]))
            if not present:
                return []
            if self.supports_move:
                client.move(present, target)
            elif self._uidplus:
                # Not atomic: a failure after COPY leaves the messages in both folders, and a
                # retry copies them again. UID EXPUNGE touches only these UIDs, never another
                # message someone else marked \Deleted.
                client.copy(present, target)
                client.add_flags(present, [DELETED], silent=True)
                client.uid_expunge(present)
            else:
                raise MailboxError(
                    f"{self.name} {self.folder}: cannot move messages: the server has "
                    "neither MOVE nor UIDPLUS"
                )
        log.debug("%s %s: moved %d messages to %s", self.name, self.folder, len(present), target)
        return present

    # ---- waiting --------------------------------------------------------------------------

    def wait_for_mail(self, timeout: float) -> bool:
        """IDLE (or NOOP every `poll_interval` seconds) until new mail or `timeout`.

        A NOOP first reports mail that arrived since the last command. Raises
        MailboxConnectionError when the server goes away meanwhile.
        """
        client = self._require()
        deadline = time.monotonic() + timeout
        with self._guard("waiting for mail", session=True):
            _, responses = client.noop()
            if _has_new_mail(responses):
                return True
            if self.supports_idle:
                return self._idle(client, deadline)
            while (remaining := deadline - time.monotonic()) > 0:
                time.sleep(min(self._poll_interval, remaining))
                _, responses = client.noop()
                if _has_new_mail(responses):
                    return True
            return False

    def _idle(self, client: ImapClient, deadline: float) -> bool:
        while (remaining := deadline - time.monotonic()) > 0:
            client.idle()
            responses = client.idle_check(timeout=min(remaining, IDLE_RENEW_S))
            if _says_bye(responses):
                raise MailboxConnectionError(
                    f"{self.name} {self.folder}: server closed the connection during IDLE"
                )
            # imapclient's idle_check returns [] at once at end of file; DONE then finds out
            # (imaplib raises abort), so a dead connection cannot spin here.
            _, more = client.idle_done()
            if _says_bye(more):
                raise MailboxConnectionError(
                    f"{self.name} {self.folder}: server closed the connection during IDLE"
                )
            if _has_new_mail(responses) or _has_new_mail(more):
                return True
        return False


def header_message_id(header: bytes) -> str | None:
    """The Message-ID from a mail's header lines (or its first 64 KiB), unfolded, trimmed
    and cut to what the ledger stores; None when there is none or it cannot be read."""
    try:
        parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
        value = parser.parsebytes(header[:65536]).get("Message-ID")
    except (TypeError, ValueError):
        return None
    if value is None:
        return None
    text = " ".join(str(value).split())[:998]
    # Undecodable bytes arrive as surrogates; keep the value storable as UTF-8.
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text or None


# ---- Maildir ------------------------------------------------------------------------------


def maildir_uid(key: str) -> int:
    """A stable positive 63-bit UID from a Maildir key (the file name before ':')."""
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()
    return (int.from_bytes(digest[:8], "big") & _UID_MASK) or 1


def _arrival_key(path: Path) -> tuple[float, str]:
    """When a Maildir file arrived (its modification time), then its name."""
    try:
        return (path.stat().st_mtime, path.name)
    except OSError:
        return (float("inf"), path.name)


class MaildirSource(FolderNames):
    """A local Maildir: the inbox is its root (new/ and cur/), targets are `.Name` folders.

    UIDs are hashes of the message keys, so they are stable but not in arrival order.
    Files people copy straight into new/ or cur/ count as mail; names starting with a dot
    are ignored.
    """

    supports_idle = False
    supports_move = True

    def __init__(
        self,
        path: Path,
        folders: FoldersConfig,
        *,
        initial_uidvalidity: int | None = None,
        poll_interval: float = 1.0,
    ) -> None:
        self.path = Path(path).absolute()
        self._folders = folders
        self._initial_uidvalidity = initial_uidvalidity
        self._poll_interval = poll_interval
        self._uidvalidity: int | None = None
        self._paths: dict[int, Path] = {}
        self._listed: set[int] | None = None
        self.name = f"maildir:{self.path}"
        for target in self.targets:
            if not target or "/" in target or target.startswith("."):
                raise MailboxError(f"{self.name}: {target!r} cannot name a Maildir++ folder")

    def __repr__(self) -> str:
        return f"MaildirSource({self.name!r})"

    def open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            maildir = mailbox.Maildir(self.path, create=True)
            existing = set(maildir.list_folders())
            for target in self.targets:
                if target not in existing:
                    maildir.add_folder(target)
                    log.info("%s: created folder %s", self.name, target)
        except OSError as err:
            raise MailboxConnectionError(f"{self.name}: cannot open: {err}") from err
        self._uidvalidity = self._load_uidvalidity()
        self._paths = {}
        self._listed = None

    def close(self) -> None:
        self._uidvalidity = None

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _load_uidvalidity(self) -> int:
        """Read `caseclock-uidvalidity`, or create it once (injected value or the root's ctime)."""
        file = self.path / UIDVALIDITY_FILE
        if not file.exists():
            seed = self._initial_uidvalidity
            if seed is None:
                seed = int(self.path.stat().st_ctime)
            value = min(max(seed, 1), 2**32 - 1)
            try:
                fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                pass  # another process made it first: read theirs
            except OSError as err:
                raise MailboxConnectionError(f"{self.name}: cannot write {file}: {err}") from err
            else:
                with os.fdopen(fd, "w", encoding="ascii") as out:
                    out.write(f"{value}\n")
                return value
        try:
            value = int(file.read_text(encoding="ascii").strip())
        except (OSError, ValueError) as err:
            raise MailboxConnectionError(f"{self.name}: cannot read {file}: {err}") from err
        if not 0 < value < 2**32:
            raise MailboxConnectionError(f"{self.name}: {file} holds {value}, not a UIDVALIDITY")
        return value

    def uidvalidity(self) -> int:
        if self._uidvalidity is None:
            raise MailboxConnectionError(f"{self.name}: not open (call open())")
        return self._uidvalidity

    def _scan(self) -> dict[int, Path]:
        """UID -> file for every message in new/ and cur/ of the root."""
        found: dict[int, Path] = {}
        keys: dict[int, str] = {}
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(self.path / sub))
            except OSError as err:
                raise MailboxConnectionError(f"{self.name}: cannot list {sub}/: {err}") from err
            for entry in entries:
                if entry.name.startswith(".") or not entry.is_file():
                    continue
                key = entry.name.split(":", 1)[0]
                uid = maildir_uid(key)
                if uid in keys and keys[uid] != key:
                    raise MailboxError(
                        f"{self.name}: keys {keys[uid]!r} and {key!r} share UID {uid}"
                    )
                keys[uid] = key
                found[uid] = Path(entry.path)
        return found

    def uids(self) -> list[int]:
        self.uidvalidity()
        self._paths = self._scan()
        self._listed = set(self._paths)
        # Arrival order, as IMAP's ascending UIDs give it: a child's first mail must be
        # taken in before the mails that refer to it. Hash order would scramble them.
        return sorted(self._paths, key=lambda uid: _arrival_key(self._paths[uid]))

    def _path(self, uid: int) -> Path | None:
        path = self._paths.get(uid)
        if path is None or not path.exists():  # new/ -> cur/, or flags changed: look again
            self._paths = self._scan()
            path = self._paths.get(uid)
        return path

    def fetch(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        self.uidvalidity()
        for uid in uids:
            path = self._path(uid)
            if path is None:
                log.info("%s: UID %d vanished before fetch", self.name, uid)
                continue
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                log.info("%s: UID %d vanished before fetch", self.name, uid)
                continue
            except OSError as err:
                raise MailboxError(f"{self.name}: UID {uid} ({path.name}): {err}") from err
            yield uid, raw

    def message_ids(self, uids: Sequence[int]) -> dict[int, str | None]:
        self.uidvalidity()
        result: dict[int, str | None] = {}
        for uid in uids:
            path = self._path(uid)
            if path is None:
                continue
            try:
                with path.open("rb") as handle:
                    header = bytearray()
                    for line in handle:
                        if line in (b"\r\n", b"\n") or len(header) > _HEADER_LIMIT:
                            break
                        header += line
            except FileNotFoundError:
                continue
            except OSError as err:
                raise MailboxError(f"{self.name}: UID {uid} ({path.name}): {err}") from err
            result[uid] = header_message_id(bytes(header))
        return result

    def move_many(self, uids: Sequence[int], target: str) -> list[int]:
        return move_each(self.move, uids, target)

    def move(self, uid: int, target: str) -> None:
        """Rename the file into the same subfolder (new/ or cur/) of `.target`, flags kept."""
        self.uidvalidity()
        path = self._path(uid)
        if path is None:
            raise MessageGoneError(f"{self.name}: UID {uid} is not in the folder")
        folder = self.path / ("." + target)
        destination = folder / path.parent.name / path.name
        try:
            if not folder.is_dir():
                mailbox.Maildir(self.path, create=False).add_folder(target)
            if destination.exists():
                raise MailboxError(f"{self.name}: UID {uid}: {destination} already exists")
            path.rename(destination)
        except FileNotFoundError as err:
            raise MessageGoneError(f"{self.name}: UID {uid} is not in the folder") from err
        except OSError as err:
            raise MailboxError(f"{self.name}: moving UID {uid} to {target}: {err}") from err
        self._paths.pop(uid, None)
        log.debug("%s: moved UID %d to %s", self.name, uid, target)

    def wait_for_mail(self, timeout: float) -> bool:
        """Poll new/ and cur/ until a message appears that the last `uids()` did not list."""
        self.uidvalidity()
        known = self._listed if self._listed is not None else set(self._scan())
        deadline = time.monotonic() + timeout
        while True:
            if set(self._scan()) - known:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(self._poll_interval, remaining))
