"""Who may watch: the access code in the link under `--lan`, the address, and the QR code.

The code is random (128 bits) and kept in the user data folder (0600), so phones that joined
keep watching when the chair restarts the room view; `--new-token` makes a fresh one, which
shuts out every link given before.
"""

from __future__ import annotations

import re
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.session.folders import data_dir, write_private

#: The file in the user data folder that keeps the code between runs.
TOKEN_FILE = "room-token"
#: What a code we made looks like; anything else in the file is made anew.
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


@dataclass(frozen=True)
class Token:
    """The access code, and why it could not be kept for next time (None: it is kept)."""

    value: str
    unsaved: OSError | None = None
    path: Path | None = None


def access_token(*, fresh: bool = False, folder: Path | None = None) -> Token:
    """The kept code, or a new one (when asked, or when none is kept yet), saved for next time."""
    path = data_dir(folder) / TOKEN_FILE
    if not fresh:
        try:
            kept = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            kept = ""
        if TOKEN_PATTERN.match(kept):
            return Token(kept, path=path)
    value = secrets.token_urlsafe(16)
    try:
        write_private(path, (value + "\n").encode("ascii"))
    except OSError as error:
        return Token(value, unsaved=error, path=path)
    return Token(value, path=path)


def lan_address() -> str:
    """This machine's address on the local network, as other devices reach it.

    Connecting a UDP socket sends nothing; it only asks the system which interface would be
    used. Without a network the host name is the best there is.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address = str(probe.getsockname()[0])
        except OSError:
            return socket.gethostname()
    return socket.gethostname() if address.startswith("0.") else address


def view_url(host: str, port: int, token: str | None) -> str:
    """The link a viewer opens."""
    query = "" if token is None else f"?t={token}"
    return f"http://{host}:{port}/{query}"


def qr_text(url: str) -> str:
    """The link as a QR code drawn with block characters, for a phone's camera.

    segno draws it; the terminal shows it as text, dark on light, two rows per line.
    """
    import io

    import segno

    out = io.StringIO()
    segno.make(url, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue()
