"""Addresses as a browser reads them: which may be linked to, which may be loaded (pure).

A browser drops tabs and newlines anywhere in an address, trims spaces and
control characters around it and reads a backslash as a slash (WHATWG URL
Standard): `java\tscript:` is `javascript:`, `/\\host` is another host. Every
rule here reads the address that way first.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

LINK_SCHEMES = frozenset({"https", "http", "mailto", "tel"})
_AROUND = "".join(map(chr, range(0x21)))  # C0 controls and space, trimmed by browsers
_DROPPED = dict.fromkeys(map(ord, "\t\n\r"))
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_UNSAFE_IN_ABSOLUTE = re.compile(r"[\x00-\x20\x7f\"'<>\\`]")


def as_read(url: str) -> str:
    """`url` as a browser reads it."""
    return url.strip(_AROUND).translate(_DROPPED).replace("\\", "/")


def scheme(url: str) -> str | None:
    """The scheme of `url` in lower case ("javascript"), or None for a relative address."""
    match = _SCHEME.match(as_read(url))
    return match.group(1).lower() if match else None


def is_own(url: str, site_url: str | None = None) -> bool:
    """`url` is the site's own: relative (not `//host`), or under `site_url` (ending with "/")."""
    read = as_read(url)
    if scheme(read) is None:
        return not read.startswith("//")
    return bool(site_url) and read.startswith(site_url)


def srcset_is_own(srcset: str, site_url: str | None = None) -> bool:
    """Every candidate of a `srcset` ("a.png 1x, b.png 2x") is the site's own."""
    return all(is_own(candidate.split()[0], site_url) for candidate in srcset.split(",") if candidate.split())


def absolute_http_problem(url: str) -> str | None:
    """Why `url` is not an absolute http(s) address that is safe to write into HTML, or None."""
    bad = _UNSAFE_IN_ABSOLUTE.search(url)
    if bad:
        shown = {" ": "une espace", "\t": "une tabulation", "\n": "un saut de ligne"}.get(
            bad.group(), f"le caractère « {bad.group()} »" if bad.group().isprintable() else "un caractère de contrôle")
        return f"elle contient {shown}, qui n'a pas sa place dans une adresse"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (urllib checks the port, and the brackets of an IPv6 host, only when asked)
    except ValueError:
        return "son nom de site ou son port (après « : », de 1 à 65535) ne se lit pas"
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return "ce n'est pas une adresse complète en https:// (ou http://) suivie d'un nom de site"
    return None


MAX_BASE_LENGTH = 200
_BASE_PATH = re.compile(r"(/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)*/?")
_NETLOC = re.compile(r"(?P<host>\[[^\]]*\]|[^:]*)(?::(?P<port>[0-9]*))?")
_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")


def host_problem(netloc: str) -> str | None:
    """Why `netloc` (ASCII, no "@") is not a host name, IP address and port that every browser reads alike, or None:
    labels of letters, digits and "-" (punycode "xn--…" for accents), an IPv4 or a bracketed IPv6 address, and a
    port from 1 to 65535 written without a leading zero."""
    match = _NETLOC.fullmatch(netloc)
    host, port = (match["host"], match["port"]) if match else (netloc, None)
    if port is not None and not (port[:1] and port[0] != "0" and int(port) <= 65535):
        return f"son port « {port or ':'} » n'existe pas : un port s'écrit de 1 à 65535, sans zéro devant"
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1].replace("%", "/"))  # a zone (%eth0), which browsers refuse, too
        except ValueError:
            return f"son adresse IPv6 « {host} » ne se lit pas"
        return None
    labels = host.lower().split(".")
    if labels[-1].isdigit() or labels[-1].startswith("0x"):  # a browser reads the host as an IPv4 address
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            return f"son nom de site « {host} » se lit comme une adresse IP, mais n'en est pas une"
        return None
    if len(host) > 253 or not all(_LABEL.fullmatch(label) and _is_punycode(label) for label in labels):
        return (f"son nom de site « {host} » ne se lit pas : il s'écrit en parties de lettres sans accents, de "
                "chiffres et de « - » (ni au début ni à la fin), séparées par un point (site.exemple.org), « xn--… » "
                "pour un nom accentué")
    return None


def _is_punycode(label: str) -> bool:
    """A label that is not "xn--…", or one whose punycode decodes."""
    if not label.startswith("xn--"):
        return True
    try:
        label[4:].encode("ascii").decode("punycode")
    except UnicodeError:
        return False
    return True


def base_address_problem(url: str) -> str | None:
    """Why `url` cannot be the base of the site's addresses (the site's, the repository's), or None:
    an absolute http(s) address with no name and password, no query (?…) and no fragment (#…)."""
    problem = absolute_http_problem(url)
    if problem:
        return problem
    if len(url) > MAX_BASE_LENGTH:
        return f"elle est trop longue ({len(url)} signes, au plus {MAX_BASE_LENGTH}) : elle est écrite dans chaque page"
    parts = urlsplit(url)
    if "@" in parts.netloc:
        return ("elle contient un nom ou un mot de passe (avant « @ ») : il serait publié dans chaque page. "
                "Retirez-le de l'adresse, et changez ce mot de passe s'il est réel")
    if "?" in url or "#" in url:
        return f"elle contient « {'?' if '?' in url else '#'} » : une adresse de base n'a ni paramètres (?…) ni ancre (#…)"
    if not url.isascii():
        return "elle contient des lettres accentuées ou d'autres caractères hors ASCII : écrivez le nom de site tel que " \
               "le navigateur l'affiche une fois copié (xn--…) et le chemin sans accents"
    problem = host_problem(parts.netloc)
    if problem:
        return problem
    if not _BASE_PATH.fullmatch(parts.path):
        return f"son chemin « {parts.path} » {_path_fault(parts.path)}"
    return None


def _path_fault(path: str) -> str:
    """What in the path of a base address (refused by `_BASE_PATH`) a browser would read otherwise."""
    if "//" in path:
        return ("contient « // » : un dossier sans nom, qu'un navigateur lit, au début d'une adresse relative, comme le "
                "nom d'un autre site. Écrivez un seul « / » entre deux dossiers")
    if re.search(r"(?:^|/)\.", path):
        return "a un dossier qui commence par « . » (« . » ou « .. » mènent ailleurs) : retirez ce point"
    bad = re.search(r"[^A-Za-z0-9_.~/-]", path)
    return f"contient « {bad.group() if bad else path} » : un chemin ne s'écrit qu'avec des lettres sans accents, des chiffres, « - », « _ », « . », « ~ » et « / »"
