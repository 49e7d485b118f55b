"""What the repository's history says of the project's files: when each was last changed.

Read with one `git log` for the whole repository, once per build process
and commit (a commit made while `make serve` runs is seen).
Without git, outside a repository, or in a clone without history (CI's
shallow clone of one commit), there is nothing to say: {} and None, never
an error that would stop the build.

A commit's date is what the committer's clock said: a date in the future, or
later than a commit made after it, is brought back to just before the
earliest of now and the dates of the commits made after it; a date before
git existed (1970), or before the commit it follows, is brought up to just
after it (with a note in the build's log), so that a wrong clock can neither
show an impossible date nor hide that a translation is out of date.
"""

from __future__ import annotations

import functools
import logging
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.history")

RECORD = "\x1e"  # starts each commit in the log's output
TIMEOUT = 60  # seconds
GIT_EXISTS = datetime(2005, 4, 7, tzinfo=timezone.utc)  # git's first release: no commit is older


def last_commit_dates(root: Path) -> dict[str, datetime]:
    """Repo-relative POSIX path -> committer date of the last commit that touched it."""
    root = Path(root).resolve()
    head = git_output(root, "rev-parse", "HEAD")
    if not head:
        _say_unreadable(root)
    return dict(_dates(root, head)[0]) if head else {}


def commit_times(root: Path) -> dict[str, int]:
    """Each commit's time (seconds since 1970) as its neighbours allow, its clock not trusted for order (the dates
    above): hash -> time. {} without history."""
    root = Path(root).resolve()
    head = git_output(root, "rev-parse", "HEAD")
    return {commit: int(when.timestamp()) for commit, when in _dates(root, head)[1]} if head else {}


@functools.lru_cache(maxsize=4)
def _say_unreadable(root: Path) -> None:
    """Say once, in the build's log, that the history cannot be read, and git's reason (red team 13 M5: every page
    lost its date of change without a word)."""
    try:
        answer = subprocess.run(["git", *PINNED_SETTINGS, "rev-parse", "HEAD"], cwd=root, capture_output=True,
                                timeout=TIMEOUT).stderr.decode("utf-8", errors="replace")
    except (OSError, subprocess.SubprocessError):
        answer = None
    if answer is None:
        reason = "git n'est pas installé sur cet ordinateur"
    elif "dubious ownership" in answer:
        reason = (f"git refuse de lire ce dossier, qui appartient à un autre utilisateur ; si c'est bien le vôtre : "
                  f"git config --global --add safe.directory {root}")
    elif "not a git repository" in answer:
        reason = "le projet n'est pas un dépôt git (téléchargé en zip ?) : clonez-le avec git"
    elif "ambiguous argument 'HEAD'" in answer or "unknown revision" in answer:
        return  # a repository without a commit yet: nothing to date
    else:
        reason = f"git répond : {answer.strip().splitlines()[0] if answer.strip() else 'rien'}"
    log.info(f"Historique illisible : {reason}. Les pages sont publiées sans leur date de modification, et les "
             "chiffres tapés à la main ne sont pas comparés à leurs valeurs passées.")


def edited_times(root: Path, folder: str = "docs") -> dict[str, datetime]:
    """Repo-relative POSIX path -> when each file of `folder` that differs from the last commit (changed, added, new)
    was last written (UTC): a save in the editor on this computer, not yet committed. A file written again as it was
    committed is not among them. {} without git."""
    root = Path(root).resolve()
    changed = git_output(root, "diff", "--name-only", "--no-renames", "-z", "--relative", "HEAD", "--", folder) or ""
    new = git_output(root, "ls-files", "--others", "--exclude-standard", "-z", "--", folder) or ""
    times = {}
    for path in filter(None, (changed + new).split("\0")):
        try:
            times[path] = datetime.fromtimestamp((root / path).stat().st_mtime, timezone.utc)
        except OSError:  # deleted: it has no version to compare
            continue
    return times


@functools.lru_cache(maxsize=4)
def _dates(root: Path, _head: str) -> tuple[tuple[tuple[str, datetime], ...], tuple[tuple[str, datetime], ...]]:
    """(path, date of its last commit) for each path, and (commit, date) for each commit, dates set by neighbours."""
    output = git_output(root, "log", "--topo-order", f"--format={RECORD}%cI %H %P", "--name-only", "--no-renames",
                        "--relative")
    commits = [block.strip("\n").split("\n") for block in (output or "").split(RECORD)[1:]]
    if len(commits) < 2:  # one commit (a shallow clone) dates every file alike: it says nothing
        return (), ()
    dated, clamped = _ordered([(header.split(" "), paths) for header, *paths in commits])
    dates: dict[str, datetime] = {}
    for when, paths in dated:  # newest first
        for path in filter(None, paths):
            dates.setdefault(path, when)
    if clamped:
        log.info(f"Historique : {len(clamped)} commit(s) daté(s) dans le futur, avant 2005 ou avant le commit "
                 f"qui les précède (horloge mal réglée ? {', '.join(clamped[:5])}) : leur date est ramenée entre "
                 "celles de leurs voisins.")
    return tuple(dates.items()), tuple((header.split(" ")[1], when) for (header, *_), (when, _) in zip(commits, dated))


def _date(text: str) -> datetime | None:
    """A commit's date as git prints it (%cI), or None when Python cannot hold it (a clock set past year 9999):
    such a date is then set from its neighbours', as a date before git is."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _ordered(commits: list[tuple[list[str], list[str]]]) -> tuple[list[tuple[datetime, list[str]]], list[str]]:
    """Each commit's (date, paths), newest first, each date after its parents' and before its children's and now
    (a commit dated before git existed, or before a parent, is put just after its parents, or just before its
    children for a first commit); and the short hashes of the commits whose date was moved."""
    when: dict[str, datetime | None] = {header[1]: _date(header[0]) for header, _ in commits}
    parents = {header[1]: header[2:] for header, _ in commits}
    moved: set[str] = set()
    for commit in reversed(list(when)):  # every parent before its children
        floor = max((date for p in parents[commit] if (date := when.get(p)) is not None), default=None)
        date = when[commit]
        if date is not None and (date < GIT_EXISTS or (floor is not None and date < floor)):
            when[commit] = floor + timedelta(seconds=1) if floor is not None else None  # None: set from its children
            moved.add(commit)
    ceilings: dict[str, datetime] = {}
    now = datetime.now(timezone.utc)
    dated: dict[str, datetime] = {}
    for commit, date in when.items():  # every child before its parents
        ceiling = ceilings.get(commit, now)
        if date is None or date > ceiling:
            date = ceiling - timedelta(seconds=1)
            moved.add(commit)
        dated[commit] = date
        for parent in parents[commit]:
            ceilings[parent] = min(ceilings.get(parent, now), date)
    return [(dated[header[1]], paths) for header, paths in commits], sorted(c[:7] for c in moved)


def text_when_last_changed(root: Path, changed: str, wanted: str) -> str | None:
    """The text of `wanted` as it was in the last commit that touched `changed` (repo-relative paths)."""
    commit = (git_output(Path(root), "log", "-1", "--format=%H", "--", changed) or "").strip()
    return git_output(Path(root), "show", f"{commit}:./{wanted}") if commit else None


# Settings a person's git configuration may change but our reading of git's answers needs as they are by default.
PINNED_SETTINGS = ("-c", "core.quotePath=false", "-c", "i18n.logOutputEncoding=UTF-8", "-c", "color.ui=never",
                   "-c", "log.showSignature=false", "-c", "core.abbrev=auto")


def git_output(root: Path, *arguments: str) -> str | None:
    """The output of `git arguments` run in `root`; None if git is missing or fails."""
    output = git_bytes(root, *arguments)
    # A name an old tool committed in Latin-1 is not UTF-8: it reads as "caf\ufffd.txt", and the rest of the log stays.
    text = None if output is None else output.decode("utf-8", errors="replace")
    return None if text is None else text.replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads


def git_bytes(root: Path, *arguments: str, stdin: bytes | None = None) -> bytes | None:
    """The output of `git arguments` run in `root` (given `stdin`), as git wrote it; None if git is missing or fails."""
    try:
        completed = subprocess.run(["git", *PINNED_SETTINGS, *arguments], cwd=root, input=stdin,
                                   capture_output=True, timeout=TIMEOUT)
    except (OSError, subprocess.SubprocessError):
        return None
    return completed.stdout if completed.returncode == 0 else None
