// The English that Decap CMS's libraries write straight into the page rather than through its locale (french.js),
// put in French as it appears: what screen readers say of its lists to choose from (react-select: « 3 results
// available… ») and of its lists whose items can be moved (dnd-kit: « To pick up a draggable item… »), « No
// options », and the name Decap gives each field's box (« Champ string »: the field's label is what is read).
// Also the header of a new entry, where Decap says « Modifications enregistrées » before anything was saved.
(function () {
  "use strict";
  var TEXTS = [
    [/^\s*To pick up a draggable item, press the space bar\.\s*While dragging, use the arrow keys to move the item\.\s*Press space again to drop the item in its new position, or press escape to cancel\.\s*$/,
      "Pour déplacer un élément, appuyez sur la barre d’espace ; déplacez-le avec les flèches ; appuyez de nouveau " +
      "sur espace pour le déposer à sa nouvelle place, ou sur Échap pour annuler."],
    [/^Picked up draggable item .*\.$/, "Élément saisi."],
    [/^Draggable item .* was moved over droppable area .*\.$/, "Élément déplacé."],
    [/^Draggable item .* is no longer over a droppable area\.$/, "L’élément n’est plus au-dessus d’une place possible."],
    [/^Draggable item .* was dropped over droppable area .*$/, "Élément déposé à sa nouvelle place."],
    [/^Draggable item .* was dropped\.$/, "Élément déposé."],
    [/^Dragging was cancelled\. Draggable item .* was dropped\.$/, "Déplacement annulé : l’élément reste à sa place."],
    [/^Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\.$/,
      function (all, tab) {
        return "Flèches haut et bas pour parcourir les choix, Entrée pour choisir celui qui est en surbrillance, " +
          "Échap pour fermer la liste" + (tab ? ", Tab pour le choisir et quitter la liste" : "") + ".";
      }],
    [/^(.*) is focused ?(,type to refine list)?, press Down to open the menu, ?( press left to focus selected values)?$/,
      function (all, name, type) {
        return (name === "Select" ? "Liste" : name) + " : " + (type ? "tapez pour filtrer les choix, " : "") +
          "flèche bas pour ouvrir la liste.";
      }],
    [/^Use left and right to toggle between focused values, press Backspace to remove the currently focused value$/,
      "Flèches gauche et droite pour passer d’un choix fait à l’autre, Retour arrière pour retirer celui en surbrillance."],
    [/^option (.*), deselected\.$/, "« $1 » retiré."],
    [/^All selected options have been cleared\.$/, "Tous les choix ont été retirés."],
    [/^options? (.*), selected\.$/, "« $1 » choisi."],
    [/^option (.*) is disabled\. Select another option\.$/, "« $1 » n’est pas disponible : choisissez-en un autre."],
    [/^value (.*) focused, (\d+) of (\d+)\.$/, "« $1 », $2 sur $3."],
    [/^(.*?)( selected)?( disabled)?, (\d+) of (\d+)\.$/, function (all, label, selected, disabled, n, total) {
      return "« " + label + " »" + (selected ? ", choisi" : "") + (disabled ? ", non disponible" : "") + ", " + n +
        " sur " + total + ".";
    }],
    [/^(\d+) results? available( for search term (.*))?\.$/, function (all, count, term, typed) {
      return count + (count === "1" ? " choix possible" : " choix possibles") + (term ? " pour « " + typed + " »" : "") + ".";
    }],
    [/^No options$/, "Aucun choix ne correspond"],
    [/^Loading\.\.\.$/, "Chargement…"],
    [/^Select\.\.\.$/, "Choisir…"],
  ];
  var ATTRIBUTES = {
    "aria-roledescription": [[/^sortable$/, "élément déplaçable"]],
    placeholder: [[/^Select\.\.\.$/, "Choisir…"]],
    // Its notifications' close button and timer (react-toastify), a choice's remove button (react-select).
    "aria-label": [[/^close$/, "Fermer"], [/^notification timer$/, "durée de la notification"],
      [/^Remove (.*)$/, "Retirer « $1 »"], [/^Open link in a new tab$/, "Ouvrir le lien dans un nouvel onglet"]],
    // The sign-in screen's picture (pcv/editor/signin_screen.py), which Decap describes as « Logo »: the page's title.
    alt: [[/^Logo$/, document.title]],
  };
  var NEW_ENTRY = "Nouvelle entrée, pas encore enregistrée";

  function french(text, rules) {
    for (var i = 0; i < rules.length; i++) {
      if (rules[i][0].test(text)) return text.replace(rules[i][0], rules[i][1]);
    }
    return null;
  }

  // Only what the libraries write for screen readers (live regions, instructions) and in a list's menu: a text staff
  // typed (a list item's summary) is shown as typed.
  var SPOKEN = "[aria-live],[role=status],[role=log],[id^=DndDescribedBy],[id^=aria-],[id*=-listbox],[class*=menu]";

  function fixText(node) {
    var text = node.nodeValue, parent = node.parentElement;
    if (!text || !/[A-Za-z]/.test(text) || !parent || !parent.closest(SPOKEN)) return;
    var done = french(text.trim(), TEXTS);
    if (done !== null && done !== text) node.nodeValue = done;
  }

  // Decap names each field's box for screen readers by its widget (« Champ string »), on a plain <div> that ARIA
  // does not let be named: the field's own label (the <label> of its control) is what is read.
  function fixField(element) {
    if (/^Champ [a-z_]+$/.test(element.getAttribute("aria-label") || "")) element.removeAttribute("aria-label");
  }

  function fixElement(element) {
    Object.keys(ATTRIBUTES).forEach(function (name) {
      var value = element.getAttribute(name);
      var done = value && french(value, ATTRIBUTES[name]);
      if (done) element.setAttribute(name, done);
    });
    fixField(element);
  }

  function fixTree(root) {
    if (root.nodeType === 3) { fixText(root); return; }
    if (root.nodeType !== 1) return;
    fixElement(root);
    root.querySelectorAll("[aria-label],[aria-roledescription],[placeholder],[alt]").forEach(fixElement);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) fixText(node);
  }

  // A new entry's header: nothing is saved yet. Once it is (Decap then shows its delete button, and keeps the address
  // of a new entry), the header says again what Decap says.
  function newEntryStatus() {
    var saved = Array.prototype.some.call(document.querySelectorAll("button"), function (button) {
      return /^Supprimer l/.test(button.textContent);
    });
    var fresh = /\/new(\?|$)/.test(location.hash) && !saved;
    document.querySelectorAll("[class*=BackStatusUnchanged]").forEach(function (status) {
      if (fresh && status.textContent !== NEW_ENTRY) {
        status.setAttribute("data-decap-text", status.textContent);
        status.textContent = NEW_ENTRY;
      } else if (!fresh && status.hasAttribute("data-decap-text")) {
        status.textContent = status.getAttribute("data-decap-text");
        status.removeAttribute("data-decap-text");
      }
    });
  }

  function start() {
    fixTree(document.body);
    newEntryStatus();
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        if (change.type === "characterData") fixText(change.target);
        else if (change.type === "attributes") fixElement(change.target);
        else change.addedNodes.forEach(fixTree);
      });
      newEntryStatus();
    }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ["aria-label", "aria-roledescription", "placeholder", "alt"] });
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
