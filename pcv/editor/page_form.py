"""A page's form in the web editor: its front matter's fields as pcv.pages.front_matter accepts them, its text,
and the state of its translation, shown only in the translation's column (translation_fields.js)."""

from __future__ import annotations

from pcv.editor.fields import Field, plain_hint
from pcv.field_labels import PAGE_LABELS
from pcv.pages.figures import INSERT_FIGURE
from pcv.pages.front_matter import FIELDS as FRONT_MATTER

# The Markdown as typed, with « Insérer une photo » and the list of figures (page_text.js): Decap's markdown widget inserts images only in
# its rich-text mode, which rewrites admonitions (!!! note), tables and attributes ({ #id }); its preview is kept.
# sanitize_preview: HTML typed in a page (or in a pull request under review) runs no script here.
BODY = {"name": "body", "label": PAGE_LABELS["body"], "widget": "page_text", "sanitize_preview": True,
        "hint": plain_hint("En Markdown : ## pour un intertitre, - pour une liste, **gras**, "
                           "[texte du lien](programme.md) pour un lien. « Insérer une photo » la place où est "
                           f"le curseur ; « {INSERT_FIGURE} » y écrit un chiffre des données (à la place du texte "
                           "sélectionné), que le site affiche toujours à jour.")}


# First in every form (pages and data files): says, above a form Decap opened empty because its file cannot be read (a
# YAML slip), that saving it would erase the file, and refuses the save (file_guard.js). It writes nothing in the file.
FILE_GUARD: Field = {"name": "pcv_file", "label": "Fichier illisible", "widget": "file_guard", "required": False}


def page_fields() -> list[Field]:
    """A page's form: title, description and address as the front-matter check accepts them
    (pcv.pages.front_matter), its text, then the state of its translation."""
    return [_front_matter_field("title", "string"), _front_matter_field("description", "text"),
            _front_matter_field("slug", "string"), BODY, *_translation_fields()]


def _translation_fields() -> list[Field]:
    """What the translated version of a page (most often the English one) says of itself: awaiting translation,
    or reviewed against the original as it is now (pcv.languages.translations). Empty: nothing said."""
    pending = FRONT_MATTER["translation"]
    return [
        {"name": "translation", "label": PAGE_LABELS["translation"], "widget": "translation_pending", "required": False,
         "options": [{"label": "Oui : le site montre la version originale en attendant", "value": pending.choices[0]}],
         "hint": plain_hint("Pour une page pas encore traduite, sans texte : le site montre l'original avec un avis. "
                            "Une fois la traduction écrite, videz ce champ (la croix). Ce champ et le suivant ne sont "
                            "que dans la version traduite (d'habitude l'anglaise).")},
        {"name": "translation_reviewed", "label": PAGE_LABELS["translation_reviewed"], "widget": "translation_reviewed",
         "required": False,
         "hint": plain_hint("Cochez-la quand cette "
                            "traduction dit la même chose que la version originale telle qu'elle est maintenant, "
                            "par exemple après la correction d'une faute dans l'original : le site ne l'annonce "
                            "plus comme à mettre à jour.")},
    ]


# The title names the page in the menu and the tab; the heading its text may begin with (« # Nous joindre ») is the
# text's own, and does not follow a title changed here (staff play-test 8 F9); the check refuses the two when they
# differ (pcv/pages/headings.py, PROGRAMME9 F7).
HEADING_NOTE = (" Si le texte de la page commence par son titre (une ligne « # … »), changez-le aussi dans "
                f"« {PAGE_LABELS['body']} » : il ne suit pas ce champ, et la publication refuse deux titres différents.")


# What a field says in the form where the front matter's own words (pcv.pages.front_matter, for a file edited by hand)
# speak of the file: the editor writes the key and its quotes (staff play-test 8 F11, « slug: act/open-data »).
FORM_HINTS = {"slug": "Lettres minuscules sans accent, chiffres et traits d'union, par exemple « open-data » (l'adresse "
                      "devient …/open-data/) ; une barre oblique met aussi la page dans un dossier de l'adresse "
                      "(« act/open-data »)."}


def _front_matter_field(key: str, widget: str) -> Field:
    spec = FRONT_MATTER[key]
    rules = f"{spec.max_length} caractères au plus" + (", sans guillemets droits (\") ni < >" if spec.written_raw else "")
    hint = " ".join(part for part in (f"{spec.role[0].upper()}{spec.role[1:]}.", f"{rules}.",
                                      FORM_HINTS.get(key, spec.hint)) if part)
    allowed = spec.pattern or ('[^<>"]*' if spec.written_raw else "[\\s\\S]*")
    shown = hint + (HEADING_NOTE if key == "title" else "")
    field: Field = {"name": key, "label": PAGE_LABELS[key], "widget": widget, "hint": plain_hint(shown),
                    "pattern": [f"^(?=[\\s\\S]{{1,{spec.max_length}}}$)(?:{allowed})$", hint]}
    return field if spec.required else field | {"required": False}


def translated_from(fields: list[Field], original: str, locale: str | None = None) -> list[Field]:
    """`fields` whose translation fields know the original's language (and the page's, in a collection of one
    language): they show only in the translation's version (translation_fields.js), the original being the first
    language's page unless it alone is marked."""
    known = {"original_locale": original} | ({"page_locale": locale} if locale else {})
    widgets = ("translation_pending", "translation_reviewed")
    return [field | known if field["widget"] in widgets else field for field in fields]
