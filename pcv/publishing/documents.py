"""PDF documents from docs/: read as PDF, refused if they can act, published without their metadata.

A PDF can carry script (`/JavaScript`, `/JS`), actions that run on opening or
on an event (`/OpenAction`, `/AA`), launch a program, submit a form, hold
other files (`/EmbeddedFiles`) or an XFA form; and its information
dictionary and XMP name its author and software. A file named `.pdf` must be
one (pikepdf opens it), nothing in it may act, and the copy published is the
same document written again without its metadata.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf
from mkdocs.structure.files import Files

from pcv.problems import Problem

# Keys whose presence anywhere in a PDF makes it do something on its own.
ACTIVE_KEYS = {"/JS": "un script", "/JavaScript": "un script", "/OpenAction": "une action à l'ouverture",
               "/AA": "une action sur un événement", "/EmbeddedFiles": "des fichiers joints",
               "/EmbeddedFile": "des fichiers joints", "/XFA": "un formulaire XFA", "/RichMedia": "un média actif"}
# Kinds of action (`/S`) that leave the document or run something.
ACTIVE_ACTIONS = {"/JavaScript": "un script", "/Launch": "le lancement d'un programme",
                  "/SubmitForm": "l'envoi d'un formulaire", "/ImportData": "l'import de données",
                  "/GoToE": "l'ouverture d'un fichier joint", "/Rendition": "un média actif",
                  "/GoToR": "l'ouverture d'un autre document", "/Movie": "un média actif",
                  "/Sound": "un média actif"}
# Annotations that are a reviewer's comments: they carry the reviewer's name and words.
COMMENTS = {"/Text", "/FreeText", "/Popup", "/Highlight", "/Underline", "/StrikeOut", "/Squiggly", "/Caret", "/Ink",
            "/Stamp", "/FileAttachment", "/Sound", "/Square", "/Circle", "/Line", "/Polygon", "/PolyLine"}
LINK_SCHEMES = ("https://", "http://", "mailto:")
# Where a PDF keeps who made it and with what, besides its information dictionary: removed from every object.
PRIVATE_KEYS = ("/Metadata", "/PieceInfo")
MAX_BYTES = 20 * 1024 * 1024


def document_problems(file: Path, name: str) -> Iterator[Problem]:
    """The file `name` is a readable, unencrypted PDF of a bounded size, with no review comment, in which nothing
    acts on its own."""
    if file.stat().st_size > MAX_BYTES:
        yield Problem(name, None, None, f"document trop lourd ({file.stat().st_size // (1024 * 1024)} Mio, au plus "
                      f"{MAX_BYTES // (1024 * 1024)}) : il serait publié dans chaque langue. Réduisez-le (Exporter au "
                      "format PDF, taille réduite) avant de l'ajouter.")
        return
    try:
        with pikepdf.open(file) as pdf:
            found = sorted(set(_active_parts(pdf)))
    except pikepdf.PasswordError:
        yield Problem(name, None, None, "ce PDF est protégé par un mot de passe : le site ne peut pas vérifier ce qu'il "
                      "contient. Enregistrez-le sans protection, puis remettez-le.")
        return
    except (pikepdf.PdfError, OSError, ValueError):
        yield Problem(name, None, None, "ce fichier porte l'extension « .pdf » mais n'est pas un document PDF lisible. "
                      "Exportez le document en PDF (Fichier > Exporter au format PDF), puis remettez-le.")
        return
    if found:
        yield Problem(name, None, None, f"ce PDF contient {', '.join(found)} : le site ne publie que des documents "
                      "qui ne font rien d'eux-mêmes. Exportez-le de nouveau en PDF simple (ou « Imprimer > "
                      "Enregistrer au format PDF »), puis remettez-le.")


def _active_parts(pdf: pikepdf.Pdf) -> Iterator[str]:
    """What acts in `pdf`, in words: every object reachable from its trailer, nested ones included."""
    seen: set[tuple[int, int]] = set()
    pending: list[object] = [pdf.trailer, *pdf.objects]
    while pending:
        obj = pending.pop()
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            for key in obj.keys():
                if key in ACTIVE_KEYS:
                    yield ACTIVE_KEYS[key]
                pending.append(obj.get(key))
            action, kind = obj.get("/S"), obj.get("/Subtype")
            if isinstance(action, pikepdf.Name) and str(action) in ACTIVE_ACTIONS:
                yield ACTIVE_ACTIONS[str(action)]
            if isinstance(kind, pikepdf.Name) and str(kind) in COMMENTS and obj.get("/Type") != pikepdf.Name.XObject:
                yield "des commentaires de relecture (avec le nom de leur auteur)"
            target = obj.get("/URI")
            if target is not None and not str(target).strip().lower().startswith(LINK_SCHEMES):
                yield f"un lien vers « {str(target)[:40]} » (seuls les liens https, http et mailto sont publiés)"
        elif isinstance(obj, pikepdf.Array):
            pending.extend(obj)


def publish_documents(files: Files, docs_dir: Path) -> None:
    """Each PDF among `files` that staff put in `docs_dir`, published again without its information dictionary,
    and without the XMP and private data of any page or image in it."""
    for file in files.media_files():
        source = Path(file.abs_src_path or docs_dir.parent)
        target = Path(file.abs_dest_path)
        if (file.src_uri.lower().endswith(".pdf") and source.resolve().is_relative_to(docs_dir.resolve())
                and target.exists()):
            with pikepdf.open(source) as pdf:
                if "/Info" in pdf.trailer:
                    del pdf.trailer["/Info"]
                for obj in [pdf.Root, *pdf.objects]:
                    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                        for key in PRIVATE_KEYS:
                            if key in obj:
                                del obj[key]
                pdf.save(target, deterministic_id=True)
