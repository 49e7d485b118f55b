"""Where a link leads, judged on its parsed host: the one rule for every address a published page links to.

Every link's address (a page's, the data's, the templates') is parsed by `urllib.parse` and judged on the host
it parses to. An address a browser could read otherwise (WHATWG URL Standard) is refused, not guessed at: a
backslash (a browser reads « / », urllib does not), a control sign (a browser drops it), « https: » without
« // », a name and password before « @ » (`https://ceci.org@evil.example` leads to evil.example), a host
holding a percent code or a sign outside ASCII (a Cyrillic « с », a full-width dot: a browser reads another
host), a mail link with more than one recipient or a hidden copy (cc, bcc), a phone link with other than digits.
Each reason is a French clause about the address (« elle … »), for a message naming the file and line.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlsplit

from pcv.look_alike import SCRIPTS
from pcv.safety.urls import LINK_SCHEMES, absolute_http_problem, host_problem, scheme

_AMBIGUOUS = re.compile(r"[\x00-\x1f\x7f\\]")
_SLASHES = re.compile(r"(?i)https?://(?!/)")
_MAIL_ADDRESS = re.compile(r"[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_MAIL_FIELDS = {"subject", "body"}
_PHONE = re.compile(r"\+?[0-9][0-9().-]*")


def link_problem(url: str) -> str | None:
    """Why the link address `url` may lead elsewhere than it reads, or is not a link at all; None if it is sound."""
    ambiguous = ambiguous_problem(url)
    if ambiguous:
        return ambiguous
    found = scheme(url)
    if found is not None and found not in LINK_SCHEMES:
        return (f"son début « {found}: » n'est pas permis ; un lien mène à une adresse (https://…), à un courriel "
                "(mailto:), à un téléphone (tel:) ou à une page du site (page.md)")
    text = url.strip()
    if found in ("http", "https"):
        if not _SLASHES.match(text):
            return f"après « {found}: », écrivez « // » puis le nom du site (https://exemple.org/…)"
        return host_reason(text) or absolute_http_problem(text)
    if found is None and text.startswith("//"):
        return host_reason("https:" + text)
    if found == "mailto":
        return _mail_problem(text[len("mailto:"):])
    if found == "tel" and not _PHONE.fullmatch(text[len("tel:"):]):
        return "un lien « tel: » ne s'écrit qu'avec des chiffres, « + », « - », « . » et des parenthèses, sans espace"
    return None


def ambiguous_problem(url: str) -> str | None:
    """Why a browser would read the address `url` (a link's, an image's) otherwise than it is written: a backslash
    (read « / »: « \\\\host/x.png » is another site's), a control sign (dropped); None if it has neither."""
    bad = _AMBIGUOUS.search(url)
    if bad is None:
        return None
    return _AMBIGUOUS_SIGN.get(bad.group(), f"elle contient un caractère de contrôle (U+{ord(bad.group()):04X}), "
                                            "qu'un navigateur retire : retapez l'adresse")


def https_link_problem(url: str) -> str | None:
    """Why `url` is not a full https address a published page may link to (the data's format "https-url"), or None."""
    if not url.startswith("https://"):
        return "ce n'est pas une adresse complète commençant par https://"
    return link_problem(url)


def host_reason(url: str) -> str | None:
    """Why the host of the absolute address `url` is not one that every browser reads as written, or None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "son nom de site ne se lit pas"
    netloc = parts.netloc
    if "@" in netloc:
        before, _, host = netloc.rpartition("@")
        return (f"« {before}@ » est un nom d'utilisateur, pas le site : le lien mène à « {host} ». Retirez tout ce qui "
                "précède « @ » dans le nom de site")
    if not netloc.isascii():
        return _non_ascii_host(netloc)
    if "%" in netloc:
        return (f"son nom de site « {netloc} » contient un code « % », qu'un navigateur décode en un autre nom : "
                "écrivez le nom en clair")
    return host_problem(netloc)


def _non_ascii_host(netloc: str) -> str:
    """The signs outside ASCII in a host, named, and the host a browser goes to instead."""
    signs = []
    for sign in dict.fromkeys(sign for sign in netloc if not sign.isascii()):
        script = SCRIPTS.get(unicodedata.name(sign, "").split(" ")[0])
        signs.append(f"« {sign} » (U+{ord(sign):04X}{f', signe {script}' if script else ''})")
    try:
        read = netloc.encode("idna").decode("ascii")  # what a browser's address bar makes of it
    except UnicodeError:
        read = None
    goes_to = f" ; un navigateur le lit « {read} »" if read and read != netloc else ""
    return (f"son nom de site « {netloc} » contient {', '.join(signs)}{goes_to}. Retapez l'adresse au clavier ; un "
            "nom de site accentué s'écrit comme le navigateur l'affiche une fois copié (xn--…)")


def _mail_problem(rest: str) -> str | None:
    """Why a mail link's address and fields (after « mailto: ») may send the mail elsewhere, or None."""
    address, _, query = rest.partition("?")
    if not _MAIL_ADDRESS.fullmatch(address):
        return ("un lien « mailto: » mène à une seule adresse de courriel, écrite en clair (lettres sans accent, "
                "chiffres et . _ + - avant le @), sans virgule ni code « % »")
    fields = {name.lower() for name, _ in parse_qsl(query, keep_blank_values=True)}
    if fields - _MAIL_FIELDS:
        return (f"elle ajoute au courriel « {', '.join(sorted(fields - _MAIL_FIELDS))} » : seuls un objet (subject) et "
                "un texte (body) sont permis, pas d'autre destinataire ni de copie cachée")
    return None


_AMBIGUOUS_SIGN = {"\\": "elle contient « \\ », qu'un navigateur lit « / » (et d'autres programmes autrement) : "
                         "écrivez « / »",
                   "\t": "elle contient une tabulation, qu'un navigateur retire : retirez-la",
                   "\n": "elle contient un saut de ligne, qu'un navigateur retire : écrivez l'adresse sur une ligne",
                   "\r": "elle contient un retour chariot, qu'un navigateur retire : écrivez l'adresse sur une ligne"}
