"""Mail sources against a real, private Dovecot (tests/servers) and a temporary Maildir."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from daemon.config import ConfigError, FoldersConfig, ImapConfig, MailboxConfig, Secret
from daemon.mailbox import (
    UIDVALIDITY_FILE,
    ImapClient,
    ImapSource,
    MailboxConnectionError,
    MailboxError,
    MaildirSource,
    MessageGoneError,
    maildir_uid,
    make_imap_client,
    make_source,
)
from tests.servers.dovecot import CAPABILITIES_WITHOUT_IDLE, Dovecot, free_port

FOLDERS = FoldersConfig()
SEEN = b"\\Seen"
DELETED = b"\\Deleted"


def mail(n: int, *, message_id: bool = True, body: str = "") -> bytes:
    """A small forwarded-looking message with CRLF line ends (as IMAP hands them back)."""
    lines = [
        "From: Cafcass Duty <duty@cafcass.example.gov.uk>",
        "To: iro.mailbox@council.example.gov.uk",
        f"Subject: FW: Guardian allocated {n}",
        "Date: Mon, 7 Dec 2026 09:15:00 +0000",
    ]
    if message_id:
        lines.append(f"Message-ID: <{n}.test@caseclock.example>")
    lines += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body or f"Message {n}: the Guardian is named. £ – café",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


class Recorder:
    """A real client that notes which methods were called (and with what): a spy, not a fake."""

    def __init__(self, inner: ImapClient, calls: list[tuple[str, tuple[Any, ...]]]) -> None:
        self._inner = inner
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            self._calls.append((name, args))
            return attr(*args, **kwargs)

        return call


def recording(calls: list[tuple[str, tuple[Any, ...]]]) -> Callable[[ImapConfig], ImapClient]:
    def factory(config: ImapConfig) -> ImapClient:
        client: ImapClient = Recorder(make_imap_client(config), calls)
        return client

    return factory


@pytest.fixture
def source(imap_config: ImapConfig) -> Iterator[ImapSource]:
    src = ImapSource(imap_config, FOLDERS)
    yield src
    src.close()


def in_thread(delay: float, action: Callable[[], object]) -> threading.Thread:
    """Run `action` after `delay` seconds in a thread of its own (its own IMAP connection)."""

    def run() -> None:
        time.sleep(delay)
        action()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


# ---- IMAP: reading -------------------------------------------------------------------------


def test_append_then_uids_and_fetch_return_the_exact_bytes(
    dovecot: Dovecot, source: ImapSource
) -> None:
    sent = {dovecot.append("INBOX", mail(n)): mail(n) for n in (1, 2, 3)}
    source.open()
    assert source.name == f"imap://iro@127.0.0.1:{dovecot.port}"
    assert source.folder == "INBOX"
    assert source.uids() == sorted(sent)
    assert dict(source.fetch(source.uids())) == sent


def test_fetch_and_message_ids_do_not_set_seen(dovecot: Dovecot, source: ImapSource) -> None:
    uid = dovecot.append("INBOX", mail(1))
    source.open()
    assert list(source.fetch([uid])) == [(uid, mail(1))]
    assert source.message_ids([uid]) == {uid: "<1.test@caseclock.example>"}
    assert SEEN not in dovecot.flags("INBOX", uid)


def test_fetch_goes_in_batches_of_100_and_skips_vanished_uids(
    dovecot: Dovecot, imap_config: ImapConfig
) -> None:
    dovecot.append_many("INBOX", [mail(n) for n in range(205)])
    calls: list[tuple[str, tuple[Any, ...]]] = []
    source = ImapSource(imap_config, FOLDERS, client_factory=recording(calls))
    source.open()
    try:
        uids = source.uids()
        assert len(uids) == 205
        got = dict(source.fetch([*uids, 9999]))
    finally:
        source.close()
    assert got == {uid: mail(n) for n, uid in enumerate(uids)}
    body_fetches = [
        args[0] for name, args in calls if name == "fetch" and b"BODY.PEEK[]" in args[1]
    ]
    assert [len(batch) for batch in body_fetches] == [100, 100, 6]


def test_message_ids_are_read_from_the_header_only(dovecot: Dovecot, source: ImapSource) -> None:
    with_id = dovecot.append("INBOX", mail(1))
    without = dovecot.append("INBOX", mail(2, message_id=False))
    folded = dovecot.append(
        "INBOX", b"Message-ID:\r\n <folded@x.example>\r\nSubject: f\r\n\r\nb\r\n"
    )
    source.open()
    assert source.message_ids([with_id, without, folded, 4242]) == {
        with_id: "<1.test@caseclock.example>",
        without: None,
        folded: "<folded@x.example>",
    }


# ---- IMAP: folders and moving --------------------------------------------------------------


def test_open_creates_missing_target_folders_and_keeps_existing_ones(
    dovecot: Dovecot, source: ImapSource
) -> None:
    dovecot.append("Triage", mail(1))  # a folder someone already made, with mail in it
    source.open()
    assert {"INBOX", "Processed", "Triage", "Quarantine"} <= set(dovecot.folders())
    assert len(dovecot.uids("Triage")) == 1
    source.close()
    source.open()  # again: nothing to create, nothing lost
    assert len(dovecot.uids("Triage")) == 1


def test_move_uses_move_when_the_server_has_it(dovecot: Dovecot, imap_config: ImapConfig) -> None:
    uids = [dovecot.append("INBOX", mail(n)) for n in (1, 2, 3)]
    calls: list[tuple[str, tuple[Any, ...]]] = []
    source = ImapSource(imap_config, FOLDERS, client_factory=recording(calls))
    source.open()
    try:
        assert source.supports_move
        source.move(uids[1], "Processed")
        assert source.uids() == [uids[0], uids[2]]
    finally:
        source.close()
    names = [name for name, _ in calls]
    assert "move" in names
    assert not {"copy", "uid_expunge", "add_flags"} & set(names)
    assert [raw for raw, _ in dovecot.messages("Processed").values()] == [mail(2)]
    assert {uid: flags for uid, (_, flags) in dovecot.messages("INBOX").items()} == {
        uids[0]: (),
        uids[2]: (),
    }


def test_move_without_move_copies_and_expunges_only_that_uid(
    dovecot_factory: Callable[..., Dovecot], tmp_path: Path
) -> None:
    """GIVEN a server that does not advertise MOVE, and a message someone marked \\Deleted
    WHEN another message is moved
    THEN it is copied, flagged and UID-EXPUNGEd alone; the \\Deleted one stays."""
    server = dovecot_factory(move=False)
    uids = [server.append("INBOX", mail(n)) for n in (1, 2, 3)]
    server.add_flags("INBOX", uids[2], [DELETED])
    calls: list[tuple[str, tuple[Any, ...]]] = []
    source = ImapSource(
        server.imap_config(tmp_path / "pw"), FOLDERS, client_factory=recording(calls)
    )
    source.open()
    try:
        assert not source.supports_move
        source.move(uids[0], "Processed")
    finally:
        source.close()
    names = [name for name, _ in calls]
    assert "move" not in names
    assert ("uid_expunge", ([uids[0]],)) in calls
    inbox = server.messages("INBOX")
    assert sorted(inbox) == uids[1:]
    assert DELETED in inbox[uids[2]][1]
    assert [raw for raw, _ in server.messages("Processed").values()] == [mail(1)]


def test_moving_a_uid_that_is_not_there_raises_message_gone(
    dovecot: Dovecot, source: ImapSource
) -> None:
    uid = dovecot.append("INBOX", mail(1))
    source.open()
    source.move(uid, "Processed")
    with pytest.raises(MessageGoneError, match=f"UID {uid} is not in the folder"):
        source.move(uid, "Processed")
    with pytest.raises(MessageGoneError):
        source.move(999, "Triage")
    assert len(dovecot.uids("Processed")) == 1


def test_moving_to_a_folder_that_does_not_exist_is_a_per_message_error(
    dovecot: Dovecot, source: ImapSource
) -> None:
    uid = dovecot.append("INBOX", mail(1))
    source.open()
    with pytest.raises(MailboxError, match=f"moving UID {uid} to Nowhere") as caught:
        source.move(uid, "Nowhere")
    assert not isinstance(caught.value, MailboxConnectionError)
    assert source.uids() == [uid]  # still connected, message untouched


# ---- IMAP: UIDVALIDITY ---------------------------------------------------------------------


def test_uidvalidity_is_stable_across_reconnects_and_changes_when_forced(
    dovecot: Dovecot, source: ImapSource
) -> None:
    uids = [dovecot.append("INBOX", mail(n)) for n in (1, 2, 3)]
    source.open()
    before = source.uidvalidity()
    source.move(uids[0], "Processed")
    source.close()
    source.open()
    assert source.uidvalidity() == before
    assert source.uids() == uids[1:]
    source.close()

    changed = dovecot.change_uidvalidity("INBOX")

    source.open()
    assert source.uidvalidity() == changed != before
    renumbered = source.uids()
    assert renumbered == [1, 2]  # the old UIDs 2 and 3 now mean something else
    # Message-IDs let the ingest ledger re-match what it already has.
    assert sorted(source.message_ids(renumbered).values(), key=str) == [
        "<2.test@caseclock.example>",
        "<3.test@caseclock.example>",
    ]


# ---- IMAP: waiting -------------------------------------------------------------------------


def test_idle_returns_soon_after_an_append_from_another_connection(
    dovecot: Dovecot, source: ImapSource, capsys: pytest.CaptureFixture[str]
) -> None:
    source.open()
    assert source.supports_idle
    source.uids()
    appended: list[float] = []

    def append() -> None:
        with dovecot.client() as other:
            other.append("INBOX", mail(7))
            appended.append(time.monotonic())

    thread = in_thread(0.3, append)
    got = source.wait_for_mail(5.0)
    returned = time.monotonic()
    thread.join()
    latency = returned - appended[0]
    with capsys.disabled():
        print(f"\nIDLE pickup latency after APPEND: {latency:.3f} s")
    assert got is True
    assert latency < 2.0
    assert len(source.uids()) == 1


def test_wait_for_mail_times_out_with_false_and_the_connection_stays_usable(
    dovecot: Dovecot, source: ImapSource
) -> None:
    source.open()
    started = time.monotonic()
    assert source.wait_for_mail(0.4) is False
    assert 0.35 < time.monotonic() - started < 1.5
    uid = dovecot.append("INBOX", mail(1))
    assert source.uids() == [uid]


def test_mail_that_came_before_the_wait_returns_at_once(
    dovecot: Dovecot, source: ImapSource
) -> None:
    source.open()
    assert source.uids() == []
    dovecot.append("INBOX", mail(1))
    started = time.monotonic()
    assert source.wait_for_mail(5.0) is True
    assert time.monotonic() - started < 0.3


def test_without_idle_the_source_polls(
    dovecot_factory: Callable[..., Dovecot], tmp_path: Path
) -> None:
    server = dovecot_factory(capabilities=CAPABILITIES_WITHOUT_IDLE)
    source = ImapSource(server.imap_config(tmp_path / "pw"), FOLDERS, poll_interval=0.1)
    source.open()
    try:
        assert not source.supports_idle
        assert source.supports_move
        assert source.wait_for_mail(0.3) is False
        thread = in_thread(0.2, lambda: server.append("INBOX", mail(1)))
        started = time.monotonic()
        assert source.wait_for_mail(5.0) is True
        thread.join()
        assert time.monotonic() - started < 1.5
    finally:
        source.close()


def test_a_restart_during_idle_raises_and_a_new_open_sees_mail_delivered_meanwhile(
    dovecot: Dovecot, source: ImapSource
) -> None:
    first = dovecot.append("INBOX", mail(1))
    source.open()
    before = source.uidvalidity()
    thread = in_thread(0.3, dovecot.stop)
    started = time.monotonic()
    with pytest.raises(MailboxConnectionError, match="INBOX"):
        source.wait_for_mail(10.0)
    assert time.monotonic() - started < 2.0
    thread.join()

    with pytest.raises(MailboxConnectionError):  # nothing listens while it is down
        source.uids()
    with pytest.raises(MailboxConnectionError, match="cannot connect"):
        source.open()
    dovecot.deliver(mail(2))  # the delivery agent keeps delivering while IMAP is down

    dovecot.start()
    source.open()
    assert source.uidvalidity() == before
    uids = source.uids()
    assert uids[0] == first and len(uids) == 2
    assert dict(source.fetch(uids)) == {first: mail(1), uids[1]: mail(2)}


# ---- IMAP: connecting ----------------------------------------------------------------------


def test_a_wrong_password_fails_fast_without_showing_the_password(
    dovecot: Dovecot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "wrong-Pa55word-8472"
    config = dovecot.imap_config(tmp_path / "pw", password=wrong)
    source = ImapSource(config, FOLDERS)
    caplog.set_level(logging.DEBUG)
    started = time.monotonic()
    with pytest.raises(MailboxConnectionError, match="login as iro failed") as caught:
        source.open()
    assert time.monotonic() - started < 2.0
    chain: list[BaseException] = []
    err: BaseException | None = caught.value
    while err is not None:
        chain.append(err)
        err = err.__cause__ or err.__context__
    shown = " ".join(f"{e!s} {e!r}" for e in chain) + caplog.text
    assert wrong not in shown
    assert dovecot.password not in shown
    source.close()


def test_nothing_listening_is_a_connection_error(tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("secret\n")
    config = ImapConfig(
        host="127.0.0.1",
        port=free_port(),
        security="plain",
        username="iro",
        password=Secret(file=tmp_path / "pw"),
        timeout_s=2.0,
    )
    source = ImapSource(config, FOLDERS)
    with pytest.raises(MailboxConnectionError, match=f"127.0.0.1:{config.port}: cannot connect"):
        source.open()
    with pytest.raises(MailboxConnectionError, match="not connected"):
        source.uids()


def test_an_unreadable_secret_stops_open_before_connecting(tmp_path: Path) -> None:
    config = ImapConfig(
        host="127.0.0.1",
        port=free_port(),
        security="plain",
        username="iro",
        password=Secret(file=tmp_path / "missing"),
    )

    def refuse(config: ImapConfig) -> ImapClient:
        raise AssertionError("connected before reading the secret")

    with pytest.raises(ConfigError, match="missing"):
        ImapSource(config, FOLDERS, client_factory=refuse).open()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_is_never_silently_dropped(dovecot: Dovecot, tmp_path: Path, security: str) -> None:
    """The test server speaks plain IMAP only: asking for TLS must fail, not fall back."""
    plain = dovecot.imap_config(tmp_path / "pw")
    config = plain.model_copy(update={"security": security, "timeout_s": 2.0})
    with pytest.raises(MailboxConnectionError, match="cannot connect"):
        ImapSource(config, FOLDERS).open()


def test_make_source_builds_the_configured_kind(imap_config: ImapConfig, tmp_path: Path) -> None:
    imap = make_source(MailboxConfig(kind="imap", imap=imap_config))
    assert isinstance(imap, ImapSource)
    local = make_source(MailboxConfig(kind="maildir", path=tmp_path / "mb"))
    assert isinstance(local, MaildirSource)
    assert local.name == f"maildir:{tmp_path / 'mb'}"


# ---- Maildir -------------------------------------------------------------------------------


@pytest.fixture
def maildir(tmp_path: Path) -> Iterator[MaildirSource]:
    src = MaildirSource(tmp_path / "mailbox", FOLDERS, initial_uidvalidity=1234, poll_interval=0.05)
    src.open()
    yield src
    src.close()


def test_maildir_open_creates_the_maildir_and_its_folders(tmp_path: Path) -> None:
    root = tmp_path / "var" / "mailbox"
    MaildirSource(root, FOLDERS).open()
    for folder in (root, root / ".Processed", root / ".Triage", root / ".Quarantine"):
        assert all((folder / sub).is_dir() for sub in ("new", "cur", "tmp"))
    assert (root / ".Processed" / "maildirfolder").exists()


def test_maildir_lists_and_fetches_files_people_drop_in(maildir: MaildirSource) -> None:
    root = maildir.path
    (root / "new" / "forwarded.eml").write_bytes(mail(1))
    (root / "cur" / "1795000000.M1P2.host:2,S").write_bytes(mail(2))
    (root / "new" / ".forwarded.eml.swp").write_bytes(b"editor junk")
    a, b = maildir_uid("forwarded.eml"), maildir_uid("1795000000.M1P2.host")
    assert 0 < a < 2**63 and 0 < b < 2**63
    assert maildir.uids() == sorted([a, b])
    assert dict(maildir.fetch([a, b, 77])) == {a: mail(1), b: mail(2)}
    assert maildir.message_ids([a, b]) == {
        a: "<1.test@caseclock.example>",
        b: "<2.test@caseclock.example>",
    }
    assert (root / "new" / "forwarded.eml").exists()  # reading changes nothing


def test_maildir_uid_survives_a_client_moving_the_file_to_cur(maildir: MaildirSource) -> None:
    root = maildir.path
    (root / "new" / "m1").write_bytes(mail(1))
    [uid] = maildir.uids()
    (root / "new" / "m1").rename(root / "cur" / "m1:2,S")
    assert list(maildir.fetch([uid])) == [(uid, mail(1))]
    assert maildir.uids() == [uid]


def test_maildir_move_keeps_flags_and_touches_nothing_else(maildir: MaildirSource) -> None:
    root = maildir.path
    (root / "cur" / "m1:2,S").write_bytes(mail(1))
    (root / "new" / "m2").write_bytes(mail(2))
    maildir.uids()
    maildir.move(maildir_uid("m1"), "Processed")
    assert (root / ".Processed" / "cur" / "m1:2,S").read_bytes() == mail(1)
    assert maildir.uids() == [maildir_uid("m2")]
    assert (root / "new" / "m2").read_bytes() == mail(2)
    with pytest.raises(MessageGoneError):
        maildir.move(maildir_uid("m1"), "Processed")


def test_maildir_uidvalidity_is_stored_once(tmp_path: Path) -> None:
    root = tmp_path / "mb"
    first = MaildirSource(root, FOLDERS, initial_uidvalidity=4321)
    first.open()
    assert first.uidvalidity() == 4321
    assert (root / UIDVALIDITY_FILE).read_text() == "4321\n"
    again = MaildirSource(root, FOLDERS, initial_uidvalidity=99)
    again.open()
    assert again.uidvalidity() == 4321
    fresh = MaildirSource(tmp_path / "other", FOLDERS)
    fresh.open()
    assert fresh.uidvalidity() == int((tmp_path / "other" / UIDVALIDITY_FILE).read_text())
    assert fresh.uidvalidity() > 1_600_000_000  # seeded from the folder's ctime, in seconds


def test_maildir_wait_for_mail_sees_a_new_file(maildir: MaildirSource) -> None:
    (maildir.path / "new" / "old").write_bytes(mail(1))
    maildir.uids()
    assert maildir.wait_for_mail(0.2) is False  # listed already: not new
    thread = in_thread(0.1, lambda: (maildir.path / "new" / "m2").write_bytes(mail(2)))
    started = time.monotonic()
    assert maildir.wait_for_mail(5.0) is True
    thread.join()
    assert time.monotonic() - started < 1.0


def test_maildir_before_open_is_a_connection_error(tmp_path: Path) -> None:
    with pytest.raises(MailboxConnectionError, match="not open"):
        MaildirSource(tmp_path / "mb", FOLDERS).uids()
