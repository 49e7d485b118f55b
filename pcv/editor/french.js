// The words Decap CMS 3 leaves in English in its French interface (decap-cms-locales' fr lacks them, or
// keeps the English word), in French: loaded right after decap-cms.js, before the editor reads its configuration and language.
(function () {
  "use strict";
  var CMS = window.CMS;
  if (!CMS || !CMS.getLocale || !CMS.registerLocale) return;
  var missing = {
    auth: { loginWithForgejo: "Se connecter avec Forgejo" },
    collection: {
      collectionTop: { viewAsList: "Afficher en liste", viewAsGrid: "Afficher en grille" },
      entries: { unpublishedHeader: "Entrées non publiées" },
    },
    editor: {
      editorControl: { field: { widgetLabel: "Champ %{widgetLabel}" } },
      editorControlPane: { i18n: {
        copyFromLocale: "Remplir depuis l’autre langue",
        copyFromLocaleConfirm: "Remplir avec le contenu en %{locale} ?\nTout ce qui est déjà écrit ici sera remplacé.",
      } },
      editorInterface: { toggleNotes: "Afficher ou masquer les notes" },
      editorNotesPane: {
        title: "Notes", emptyState: "Aucune note pour l’instant. Ajoutez-en une ci-dessous pour échanger avec l’équipe.",
        addNote: "Ajouter la note", addPlaceholder: "Écrire une note…", editPlaceholder: "Modifier la note…",
        save: "Enregistrer", cancel: "Annuler", edit: "Modifier", delete: "Supprimer", resolve: "Marquer comme réglée",
        unresolve: "Rouvrir", confirmDelete: "Voulez-vous vraiment supprimer cette note ?",
        shortcut: "Astuce : Ctrl+Entrée ajoute la note",
      },
      editorToolbar: {
        statusInfoTooltipDraft: "L’entrée est un brouillon. Pour la faire relire, passez son état à « En cours de révision ».",
        statusInfoTooltipInReview: "L’entrée est en cours de révision : rien d’autre à faire. Vous pouvez encore la modifier pendant la relecture.",
      },
      editorWidgets: {
        markdown: { strikethrough: "Barré", toggleMode: { rich: "Passer en texte enrichi", markdown: "Passer en Markdown" } },
        image: { chooseMultiple: "Choisir des images", addMore: "Ajouter des images", removeAll: "Retirer toutes les images" },
        file: { chooseMultiple: "Choisir des fichiers", addMore: "Ajouter des fichiers", removeAll: "Retirer tous les fichiers" },
        datetime: { setToNow: "Mettre %{fieldLabel} à maintenant" },
        object: { expand: "Déplier", collapse: "Replier" },
      },
    },
    mediaLibrary: { mediaLibraryModal: { close: "Fermer" } },
    ui: {
      settingsDropdown: { account: "Options du compte" },
      toast: {
        noteAdded: "Note ajoutée", onFailToAddNote: "La note n’a pas pu être ajoutée : %{details}",
        noteUpdated: "Note modifiée", onFailToUpdateNote: "La note n’a pas pu être modifiée : %{details}",
        noteDeleted: "Note supprimée", onFailToDeleteNote: "La note n’a pas pu être supprimée : %{details}",
        noteResolved: "Note réglée", noteReopened: "Note rouverte",
        onFailToToggleNote: "L’état de la note n’a pas pu être changé : %{details}",
      },
    },
  };

  function merge(into, from) {
    Object.keys(from).forEach(function (key) {
      if (from[key] && typeof from[key] === "object") merge(into[key] = into[key] || {}, from[key]);
      else if (into[key] === undefined) into[key] = from[key];
    });
    return into;
  }
  var locale = merge(CMS.getLocale("fr") || {}, missing);
  // … and the ones its French leaves as the English word.
  locale.app = locale.app || {};
  locale.app.header = Object.assign({}, locale.app.header, { media: "Photos" });
  // One name for the photo library, its tab and the window « Insérer une photo » opens (staff play-test 8 F8:
  // « Photos », « Images »).
  var modal = ((locale.mediaLibrary = locale.mediaLibrary || {}).mediaLibraryModal =
    locale.mediaLibrary.mediaLibraryModal || {});
  modal.images = "Photos";
  // Deleting an entry: what happens to her files and the site, and the way back (staff play-test 8 F3: the dialog said
  // nothing of that; 10: « cannot be undone », while on this computer « Rétablir » now brings them back:
  // restore_deleted.js; online, GitHub keeps every version, which the technical team can bring back).
  // A page of a sub-folder (a country's) is one entry per language (pcv/editor/section_pages.py): only this language's
  // file goes (STAFF12 M-f: the dialog said both).
  var onDelete = " Ses fichiers seront effacés et elle disparaîtra du site à la prochaine publication : pour une page " +
    "de « Pages », en français et en anglais ; pour une page d’un dossier (celle d’un pays), seulement la page de " +
    "cette langue : l’autre langue a sa propre liste, où supprimer aussi la sienne (sinon la vérification signale " +
    "la page restée seule). Pour la retrouver : sur votre ordinateur (make editor), le bouton « Rétablir », " +
    "en haut de l’écran, la remet tant que l’éditeur reste ouvert ; en ligne, l’équipe technique peut la rétablir " +
    "depuis l’historique de GitHub, qui garde chaque version. Pour changer le texte, cliquez plutôt sur Annuler.";
  var dialogs = ((locale.editor = locale.editor || {}).editor = locale.editor.editor || {});
  dialogs.onDeletePublishedEntry = "Voulez-vous vraiment supprimer cette entrée publiée ?" + onDelete;
  dialogs.onDeleteWithUnsavedChanges = "Voulez-vous vraiment supprimer cette entrée publiée, et vos modifications " +
    "non enregistrées ?" + onDelete;
  // A field's pattern refused: its hint alone, a whole sentence that says what to write (pcv/editor/fields.py,
  // page_form.py), not « ne correspond pas au schéma: … .. » around it (staff play-test 8 F4, F10).
  var widget = (((locale.editor.editorControlPane = locale.editor.editorControlPane || {}).widget =
    locale.editor.editorControlPane.widget || {}));
  widget.regexPattern = "%{pattern}";
  // « Oops » is not French.
  ((locale.ui = locale.ui || {}).toast = locale.ui.toast || {}).missingRequiredField =
    "Rien n’est enregistré : un champ obligatoire est vide. Remplissez-le (il est en rouge), puis Publier.";
  // « ＋ Page »: the full-width sign, missing from many fonts (shown as an empty box), written as the plain one.
  var top = ((locale.collection = locale.collection || {}).collectionTop = locale.collection.collectionTop || {});
  top.newButton = "+ %{collectionLabel}";
  CMS.registerLocale("fr", locale);

  // « Publier » with a field the form refuses (a straight quote in « Titre », a date written in words) saves nothing,
  // and Decap says so only under that field, often out of sight (staff play-test 8 F4: she saw nothing happen, and
  // leaving the page lost her change). After the click, the first such field is brought into sight and a message at
  // the top of the window names it, with what to write; it goes once no field is refused.
  var BLOCKED = "pcv-save-blocked";
  function refused() {
    return Array.prototype.filter.call(document.querySelectorAll("[class*=ControlErrorsList] li"), function (item) {
      return item.offsetParent !== null && item.textContent.trim();
    });
  }
  // A box at the top of the window saying why nothing is saved, under its `id` (one per kind of refusal); `text` ""
  // removes it. The menu's form says its own refusals in one too (menu_form.js).
  window.pcvRefusalBox = function (id, text) {
    var box = document.getElementById(id);
    if (!text) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = id;
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;top:64px;left:50%;transform:translateX(-50%);z-index:400;pointer-events:none;" +
        "max-width:min(44rem,92vw);padding:.7rem 1rem;background:#fff4f4;color:#1f2328;font-size:15px;" +
        "line-height:1.45;border-left:4px solid var(--pcv-brand, #1f2328);box-shadow:0 2px 10px rgba(0,0,0,.25)";
      document.body.appendChild(box);
    }
    box.textContent = text;
  };
  function sayBlocked(show) {
    var errors = refused();
    if (!errors.length) return window.pcvRefusalBox(BLOCKED, "");
    if (!document.getElementById(BLOCKED) && !show) return;
    function fieldOf(error) { return error.closest("[class*=ControlContainer]") || error.parentElement; }
    var field = fieldOf(errors[0]), fields = [];
    errors.forEach(function (error) { if (fields.indexOf(fieldOf(error)) < 0) fields.push(fieldOf(error)); });
    // every error of that field: its rule, then what is wrong in what she typed (page_address.js, STAFF9 F6)
    var said = errors.filter(function (error) { return fieldOf(error) === field; })
      .map(function (error) { return error.textContent.trim(); }).join(" ");
    var label = field && field.querySelector("label");
    var optional = label && label.querySelector("span");  // « (optionnel) », in a span of its own
    var name = label ? label.textContent.slice(0, label.textContent.length - (optional ? optional.textContent.length : 0))
      .trim() : "";
    window.pcvRefusalBox(BLOCKED, "Rien n’est enregistré : " + (name ? "le champ « " + name + " » est à corriger. " :
      "un champ est à corriger. ") + said + (fields.length > 1 ? " (" + (fields.length - 1) +
      " autre" + (fields.length > 2 ? "s champs" : " champ") + " en rouge plus bas.)" : "") +
      " Corrigez-le, puis cliquez de nouveau sur Publier.");
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test((document.activeElement || {}).tagName || "");
    if (show && field && !typing) {  // not while she is already typing in a field
      field.scrollIntoView({ block: "center" });
      var input = field.querySelector("input, textarea");
      if (input) input.focus({ preventScroll: true });
    }
  }
  document.addEventListener("click", function (event) {
    var control = event.target.closest && event.target.closest("button, [role=menuitem]");
    if (!control || !/^Publier( maintenant)?$/.test(control.textContent.trim())) return;
    published = Date.now();
    setTimeout(function () { sayBlocked(true); }, 400);
  }, true);
  // Decap refuses such a save by a promise rejected with nothing, which the browser reports as a script error: said
  // above, it is not one.
  var published = 0;
  window.addEventListener("unhandledrejection", function (event) {
    if (event.reason === undefined && Date.now() - published < 3000) event.preventDefault();
  });
  document.addEventListener("input", function () {
    if (document.getElementById(BLOCKED)) setTimeout(function () { sayBlocked(false); }, 100);
  }, true);

  // « Vérifier l'aperçu » looks for a preview per change that GitHub Pages does not make (show_preview_links
  // is not enough in the local mode): a control that does nothing is hidden.
  var toolbar = ((CMS.getLocale("fr") || {}).editor || {}).editorToolbar || {};
  var pending = toolbar.deployPreviewPendingButtonLabel;
  if (pending) new MutationObserver(function () {
    document.querySelectorAll("button").forEach(function (button) {
      if (button.textContent.trim() === pending) button.style.display = "none";
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
