#!/usr/bin/env python3
"""Run a real Ralph 5.1.0 LRS (file-system backend) on 127.0.0.1 for tests.

    VENV/bin/python3 ralph_fs_lrs.py --dir DIR --port-file FILE \
        --user U --password P [--port N]

DIR holds everything: auth.json, the statement store (DIR/store/fs_lrs.jsonl),
ralph.log. FILE receives the port number once the server accepts requests.
SIGTERM/SIGINT shut down gracefully with exit status 0. No child processes.
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import socket
import sys
from pathlib import Path


SERVING = False  # see exit_cleanly in main()


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dir", required=True, type=Path)
    p.add_argument("--port-file", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--port", type=int, default=0, help="0 = pick a free port")
    return p.parse_args()


def detach_stdio(log_path):
    # A test that spawns us may never read our pipes; anything written to them
    # (uvicorn banners, warnings, a traceback) could fill the pipe and block
    # us. Point fds 0/1/2 at /dev/null and the log file at the OS level so even
    # C extensions and interpreter-level errors cannot touch the parent's pipes.
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    null_fd = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null_fd, 0)
    os.dup2(log_fd, 1)
    os.dup2(log_fd, 2)
    os.close(null_fd)
    os.close(log_fd)
    logging.basicConfig(
        stream=sys.stderr,
        level=logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s %(message)s",
    )


def configure_ralph(data_dir, user, password):
    # Ralph reads its settings from RALPH_* env vars (and a .env in the cwd)
    # once, at import time. Scrub inherited RALPH_* vars and chdir into DIR so
    # the developer's environment can't change behaviour, then pin everything
    # under DIR. Must run before anything imports `ralph`.
    for key in [k for k in os.environ if k.startswith("RALPH_")]:
        del os.environ[key]
    os.chdir(data_dir)
    os.environ.update(
        RALPH_RUNSERVER_BACKEND="fs",
        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(data_dir / "store"),
        RALPH_AUTH_FILE=str(data_dir / "auth.json"),
        # The fs backend also logs every read/write to a history file that
        # otherwise lands in ~/.config/ralph; keep it in DIR (see patch below).
        RALPH_HISTORY_FILE=str(data_dir / "history.json"),
    )

    import bcrypt  # a Ralph dependency; same format `ralph auth` writes

    # rounds=4: the default (12) costs ~0.25 s per uncached check; this is a
    # throwaway test credential, not a secret worth slowing tests down for.
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)).decode()
    auth = [
        {
            "username": user,
            "hash": hashed,
            "scopes": ["statements/read", "statements/write"],
            # Becomes each stored statement's `authority`. An account, not an
            # mbox: Ralph's email validator rejects reserved TLDs like .test.
            "agent": {"account": {"name": user, "homePage": "http://127.0.0.1"}},
            "target": None,
        }
    ]
    (data_dir / "auth.json").write_text(json.dumps(auth, indent=2))


def patch_fs_lrs_backend(store_file):
    """Make Ralph's fs LRS backend usable as a durable, append-only store.

    Ralph 5.1.0 has no setting for this: FSLRSBackend writes every POST to the
    same file with the data backend's default operation type CREATE, so the
    second POST fails with "already exists and overwrite is not allowed" (500).
    """
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    # 1. Append each accepted batch to the one store file instead of creating
    #    it. The router never passes an operation type, so the class default
    #    decides. (Patched on the class because ralph.api builds its backend
    #    instances at import time.)
    FSLRSBackend.default_operation_type = BaseOperationType.APPEND

    # 2. Ralph writes a batch line by line through an 8 KiB buffer, so a kill
    #    mid-write can leave part of a batch, ending in a truncated JSON line
    #    that makes every later GET/POST fail with 500. Join the batch into a
    #    single write() so it lands whole or not at all (in practice on local
    #    file systems)...
    original_write_bytes = FSLRSBackend._write_bytes

    def write_batch_at_once(self, data, *args, **kwargs):
        return original_write_bytes(self, [b"".join(data)], *args, **kwargs)

    FSLRSBackend._write_bytes = write_batch_at_once

    # 3. ...and drop the per-read/per-write "history" bookkeeping: it rewrites
    #    an ever-growing JSON file on every request (only `ralph list --new`
    #    uses it), which would slow down a long-lived test store quadratically.
    FSLRSBackend.append_to_history = lambda self, event: None

    # 4. Ralph bug in 5.1.0's fs backend: the router turns `verb`/`activity`
    #    into IRI objects (a pydantic RootModel, not a str) and the fs filters
    #    compare them with `==` against plain strings, so those filters never
    #    match anything. Hand the filters plain strings, as the ES backend gets.
    verb_filter = FSLRSBackend._add_filter_by_verb
    activity_filter = FSLRSBackend._add_filter_by_activity
    FSLRSBackend._add_filter_by_verb = staticmethod(
        lambda filters, verb: verb_filter(filters, verb and str(verb))
    )
    FSLRSBackend._add_filter_by_activity = staticmethod(
        lambda filters, obj, related: activity_filter(
            filters, obj and str(obj), related
        )
    )

    # 5. Belt and braces for restarts after SIGKILL: cut off a trailing partial
    #    line left by a write that was interrupted anyway.
    if store_file.exists():
        raw = store_file.read_bytes()
        if raw and not raw.endswith(b"\n"):
            keep = raw.rfind(b"\n") + 1
            logging.warning("truncating partial last line of %s", store_file)
            with store_file.open("r+b") as f:
                f.truncate(keep)


async def serve(sock, port_file, parent):
    import uvicorn

    config = uvicorn.Config(
        "ralph.api:app",
        log_config=None,  # keep our logging setup; uvicorn's goes to stderr
        access_log=True,
        timeout_graceful_shutdown=5,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    global SERVING
    SERVING = True
    serve_task = asyncio.create_task(server.serve(sockets=[sock]))

    while not server.started:
        if serve_task.done():  # startup failed; the error is in the log
            return await serve_task
        await asyncio.sleep(0.02)

    # Publish the port only now: the socket is listening and the app is
    # loaded. Write-then-rename so a poller never reads a partial number.
    tmp = port_file.with_name(port_file.name + ".tmp")
    tmp.write_text(f"{sock.getsockname()[1]}\n")
    os.replace(tmp, port_file)
    logging.info("listening on 127.0.0.1:%s", sock.getsockname()[1])

    # If the test process dies without stopping us (crash, SIGKILL), we get
    # re-parented; exit instead of lingering as an orphan holding the port.
    while not serve_task.done():
        if os.getppid() != parent:
            logging.warning("parent %s went away; shutting down", parent)
            server.should_exit = True
        await asyncio.wait({serve_task}, timeout=0.5)
    await serve_task


def main():
    parent = os.getppid()  # first thing: the parent may die while we import
    args = parse_args()

    # uvicorn handles SIGTERM/SIGINT while serving, then re-raises the signal
    # with whatever handler was installed before it started. Our handler must
    # ignore that re-raise (else we die "killed by SIGTERM", not status 0) but
    # still exit(0) on a signal that arrives before uvicorn starts.
    def exit_cleanly(*_):
        if not SERVING:  # before uvicorn took over the signals
            raise SystemExit(0)

    # A parent that runs on threads (Swift's test runner, Dispatch) starts us with nearly every signal blocked, a
    # mask a child inherits: SIGTERM would then never arrive and a test waiting for us to stop would wait for ever.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, exit_cleanly)

    data_dir = args.dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    port_file = args.port_file.resolve()  # resolved before we chdir
    port_file.unlink(missing_ok=True)  # never let a caller see a stale port

    detach_stdio(data_dir / "ralph.log")
    configure_ralph(data_dir, args.user, args.password)
    patch_fs_lrs_backend(data_dir / "store" / "fs_lrs.jsonl")

    # Bind ourselves (rather than letting uvicorn) so port 0 works and we know
    # the real port. SO_REUSEADDR lets a restart reuse the same --port at once.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(128)

    try:
        asyncio.run(serve(sock, port_file, parent))
    finally:
        port_file.unlink(missing_ok=True)
        logging.info("stopped")


if __name__ == "__main__":
    main()
