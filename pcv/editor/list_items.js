// An item added to a list of the web editor (« Ajouter une organisation », « Ajouter un pays »…) is brought into sight, its
// first field ready to type in: Decap adds it at the end of the list, which may be far below the button (staff
// play-test 5: a partner added under ten others, out of sight). Each item keeps its name above its fields once
// opened (Decap shows it only while the item is folded), and a country is named in French (« Côte d’Ivoire (CI) »),
// not by its page name and code (« cote-d-ivoire (CI) », the summary pcv/editor/fields.py gives it; countries.json,
// written with the editor). Each item's buttons are named for a screen reader by the item (STAFF12 L5: Decap's toggle
// and × had no name), and × asks before it takes an item out (STAFF12 M-f: a partner went at one click, its « Source »
// to be retyped). Loaded after decap-cms.js.
(function () {
  "use strict";

  var style = document.createElement("style");
  style.textContent = "[class*=NestedObjectLabel] { display: block !important; }";
  document.head.appendChild(style);

  var names = {};
  var CODE = / \(([A-Z]{2})\)$/;  // the end of a country's summary: « cote-d-ivoire (CI) »
  // An item whose summary is empty (a partner just added, a target whose label cannot be read) is named by Decap
  // in English after its first field, « No name », « No id » (staff play-test 8 F8): in French here.
  var UNNAMED = /^No ([\w.-]+)$/;
  var FIELD_WORDS = { name: "sans nom", id: "sans identifiant", title: "sans titre", code: "sans code" };
  function unnamed(field) {
    return "(" + (FIELD_WORDS[field] || "à remplir") + ")";
  }
  // A list of one item is counted by its item's name, which comes with its article for « Ajouter une cible chiffrée »
  // (pcv/editor/fields.py): « 1 une cible chiffrée » reads « 1 cible chiffrée ».
  var ONE = /^1 (?:un|une) /;
  function counted() {
    document.querySelectorAll("[class*=TopBarContainer] [class*=ExpandButtonContainer]").forEach(function (bar) {
      var node = bar.lastChild;
      if (node && node.nodeType === 3 && ONE.test(node.nodeValue)) node.nodeValue = node.nodeValue.replace(ONE, "1 ");
    });
  }
  function named() {
    counted();
    document.querySelectorAll("[class*=NestedObjectLabel]").forEach(function (label) {
      // The text Decap wrote, changed in place: Decap's next change of it (another code chosen) is seen again.
      var node = label.childNodes.length === 1 && label.firstChild.nodeType === 3 ? label.firstChild : null;
      var empty = node && UNNAMED.exec(node.nodeValue);
      if (empty) {
        node.nodeValue = unnamed(empty[1]);
        return;
      }
      var code = node && CODE.exec(node.nodeValue), name = code && names[code[1]];
      if (name && node.nodeValue !== name + code[0]) node.nodeValue = name + code[0];
    });
  }
  // The French name of the item whose top bar holds `node` (« (à remplir) » if it has none yet).
  function itemName(node) {
    var item = node.closest("[class*=SortableListItem]");
    var label = item && item.querySelector(":scope > [class*=NestedObjectLabel]");
    return label && label.textContent.trim() ? "« " + label.textContent.trim() + " »" : "cet élément";
  }

  function buttonNames() {
    document.querySelectorAll("[class*=StyledListItemTopBar]").forEach(function (bar) {
      var buttons = bar.querySelectorAll(":scope > button"), name = itemName(bar);
      if (buttons.length < 2) return;
      var toggle = "Ouvrir ou replier " + name, remove = "Retirer " + name + " de la liste";
      if (buttons[0].getAttribute("aria-label") !== toggle) buttons[0].setAttribute("aria-label", toggle);
      if (buttons[buttons.length - 1].getAttribute("aria-label") !== remove) {
        buttons[buttons.length - 1].setAttribute("aria-label", remove);
        buttons[buttons.length - 1].setAttribute("data-pcv-remove", "");
      }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[class*=StyledListItemTopBar] > button[data-pcv-remove]");
    if (!button || window.confirm("Retirer " + itemName(button) + " de la liste ? Ses champs sont effacés du " +
      "formulaire, et du site quand vous cliquez sur Publier. Pour le garder, cliquez sur Annuler.")) return;
    event.preventDefault();
    event.stopPropagation();
  }, true);

  var pending = null;
  new MutationObserver(function () {
    if (!pending) pending = setTimeout(function () { pending = null; named(); buttonNames(); }, 30);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  fetch("countries.json", { cache: "no-store" }).then(function (r) { return r.ok ? r.json() : {}; })
    .then(function (found) {
      names = found || {};
      named();
    }).catch(function () {});

  // The list whose top bar holds `node`: the element whose first child is that bar.
  function listOf(node) {
    for (var up = node.parentElement; up; up = up.parentElement) {
      var bar = up.firstElementChild;
      if (bar && /TopBarContainer/.test(String(bar.className))) return up;
    }
    return null;
  }

  function ownItems(list) {
    return Array.prototype.filter.call(list.querySelectorAll("[class*=SortableListItem]"), function (item) {
      return listOf(item) === list;
    });
  }

  function bringLastItem(list, count) {
    var items = ownItems(list);
    if (items.length <= count) return false;  // not drawn yet
    var item = items[items.length - 1];
    item.scrollIntoView({ block: "center" });
    var field = item.querySelector("input:not([type=hidden]):not([type=checkbox]), textarea");
    if (field) field.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[class*=AddButton]");
    var list = button && listOf(button);
    if (!list) return;
    var count = ownItems(list).length;
    var tries = 0;
    (function look() {
      if (!bringLastItem(list, count) && ++tries < 20) setTimeout(look, 50);
    })();
  }, true);
})();
