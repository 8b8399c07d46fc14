"""Bytes to text: size limits, binary detection, encoding detection."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from recoupe.errors import Msg, RecoupeError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Encodings news pages are actually written in; guessing among all of them picks oddities
# such as mac_latin2 for plain Windows-1252 French.
_PLAUSIBLE = (
    "utf_8", "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_7",
    "cp1253", "cp1254", "iso8859_9", "cp1256", "iso8859_6", "cp1255", "shift_jis", "euc_jp", "gb18030",
    "big5", "euc_kr", "utf_16",
)
# Magic numbers of common binary formats that are not inputs.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"BZh", b"\xfd7zXZ")


def check_size(path: Path, limit: int | None) -> int:
    """The file's size, or :class:`RecoupeError` if it is missing, empty or over ``limit``."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise RecoupeError(Msg.E001.format()) from None
    except OSError as exc:
        raise RecoupeError(Msg.E019.format(detail=exc.strerror or exc)) from None
    if limit is not None and size > limit:
        raise RecoupeError(Msg.E004.format(limit=limit, size=size))
    if size == 0:
        raise RecoupeError(Msg.E002.format())
    return size


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, or :class:`RecoupeError` if it is missing, empty or too large."""
    check_size(path, limit)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RecoupeError(Msg.E019.format(detail=exc.strerror or exc)) from None


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not text: known magic numbers or NUL bytes outside UTF-16."""
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``.

    Order: BOM, the declared charset when it decodes cleanly, strict UTF-8, then
    charset-normalizer's best guess.  Raises :class:`RecoupeError` when nothing fits.
    """
    if not data.strip():
        raise RecoupeError(Msg.E002.format())
    if looks_binary(data):
        raise RecoupeError(Msg.E003.format())
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError:
                break
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    matches = list(from_bytes(data[:1_000_000], cp_isolation=list(_PLAUSIBLE)))
    if not matches:
        raise RecoupeError(Msg.E005.format())
    # among the near-best guesses, the most common encoding wins (cp1252 over cp1250 for French)
    floor = min(m.chaos for m in matches) + 0.02
    rank = {enc: i for i, enc in enumerate(_PLAUSIBLE)}
    best = min((m for m in matches if m.chaos <= floor), key=lambda m: rank.get(m.encoding, 99))
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise RecoupeError(Msg.E005.format()) from None
    if _too_many_controls(text):
        raise RecoupeError(Msg.E003.format())
    return text, best.encoding


def _too_many_controls(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or 0x80 <= ord(c) < 0xA0)
    return bad > max(10, len(sample) // 50)
