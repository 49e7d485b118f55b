// The site's problems above the editor, in French, while the editor is opened from this computer
// (make editor, make serve): the preview server answers /__pcv/problems.json after every build; the preview pane of
// each page shows them too (page_preview.js, through window.pcvProblems).
// Online (GitHub), the check of the pull request says the same; this script does nothing there.
(function () {
  "use strict";
  var root = document.documentElement;
  if (!/^(127\.0\.0\.1|localhost|\[::1\])$/.test(location.hostname)) {
    if (root.getAttribute("data-signin") === "absent") signinMissing();
    return;
  }
  if (root.getAttribute("data-preview") !== "problems") return;  // a built site served as is: no preview to ask
  var listeners = [];
  var current = [];
  var translations = {};  // each page's translation state, by the path both languages share (« Traduction relue »)
  var building = false;  // a save being checked: the states above are those of the save before
  var box = document.createElement("section");
  box.setAttribute("role", "alert");
  box.className = "pcv-problems";  // on the sign-in screen, in the page's flow under « Se connecter » (admin.py)
  box.style.cssText = "position:fixed;z-index:10000;left:0;right:0;bottom:0;max-height:35vh;overflow:auto;" +
    "background:#fff4f4;border-top:4px solid var(--pcv-brand, #1f2328);padding:.4rem 1rem;font:15px/1.45 system-ui,sans-serif;color:#1f2328";
  var open = false;  // folded to its first line, so that it never hides the field being corrected
  var openReview = false;  // the same for the addresses « À vérifier »
  var shown = "";

  function entries(list) {
    return (list || []).map(function (p) { return [p.where + (p.editor ? " (" + p.editor + ")" : ""), p.message]; });
  }

  function show(data) {
    var items = entries(data.problems).concat(data.notes.map(function (n) { return ["", n]; }));
    var review = entries(data.review);  // make check's « À vérifier » (STAFF10: it was said there only)
    var key = JSON.stringify([items, review, data.building, data.translations]);
    if (key === shown) return;
    shown = key;
    current = items;
    translations = data.translations || {};
    building = Boolean(data.building);
    listeners.forEach(function (listener) { listener(items); });
    box.textContent = "";
    if (!items.length && !review.length && !data.building) { box.remove(); room(); return; }
    if (data.building) {  // a save is being checked: the list below is the previous one's
      var checking = document.createElement("p");
      checking.setAttribute("role", "status");
      checking.style.margin = "0 0 .2rem";
      box.appendChild(checking);
      checkingLine = checking;
      sayChecking();
    }
    if (items.length) {
      section("Le site ne peut pas être construit avec le dernier enregistrement : " + items.length +
        (items.length > 1 ? " problèmes à corriger" : " problème à corriger") +
        " (l’aperçu de la page les montre aussi). ", items, open, function () { open = !open; });
    }
    if (review.length) {
      section("À vérifier (rien n’est bloqué) : " + review.length + (review.length > 1 ? " adresses" : " adresse") +
        " des pages, comme le dit la vérification (make check). ", review, openReview,
        function () { openReview = !openReview; });
    }
    document.body.appendChild(box);
    room();

    // A title that folds and unfolds its list, then the list.
    function section(text, list, unfolded, toggle) {
      var title = document.createElement("button");
      title.type = "button";
      title.style.cssText = "all:unset;cursor:pointer;font-weight:700;text-decoration:underline;display:block";
      title.textContent = text + (unfolded ? "Replier la liste" : "Afficher la liste");
      title.setAttribute("aria-expanded", String(unfolded));
      title.addEventListener("click", function () { toggle(); shown = ""; show(data); });
      var ol = document.createElement("ol");
      ol.hidden = !unfolded;
      ol.style.cssText = "margin:.3rem 0 0;padding-left:1.8rem";
      list.forEach(function (item) {
        var li = document.createElement("li");
        if (item[0]) {
          var where = document.createElement("b");
          where.textContent = item[0] + " ";
          li.appendChild(where);
        }
        li.appendChild(document.createTextNode(item[1]));
        ol.appendChild(li);
      });
      box.appendChild(title);
      box.appendChild(ol);
    }
  }

  // The page and the form's pane can scroll past the box, so that the end of a list (the last page) or of a form (its
  // last field) is never under it; again at each look, for a pane the editor has drawn since.
  function room() {
    var space = box.isConnected && getComputedStyle(box).position === "fixed" ? box.offsetHeight + "px" : "";
    document.body.style.paddingBottom = space;
    document.querySelectorAll("[class*=ControlPaneContainer]").forEach(function (pane) { pane.style.paddingBottom = space; });
  }

  // While a save is checked: that it is saved, that she may go on, and for how long it has been checked (staff
  // play-test 9 F9: « Vérification du dernier enregistrement en cours… » for up to 45 s, and nothing moved).
  // The seconds are not read out by a screen reader at each change: only the sentence is.
  var checkingSince = null, checkingLine = null;
  function sayChecking() {
    if (!checkingLine || !building) return;
    if (!checkingLine.firstChild) {
      checkingLine.textContent = "Votre enregistrement est fait ; le site le vérifie (quelques secondes, jusqu’à " +
        "une minute sur un ordinateur chargé). Vous pouvez continuer à écrire." +
        (current.length ? " La liste ci-dessous est celle d’avant." : "");
      var clock = document.createElement("span");
      clock.setAttribute("aria-hidden", "true");
      checkingLine.appendChild(clock);
    }
    var seconds = Math.round((Date.now() - checkingSince) / 1000);
    checkingLine.lastChild.textContent = seconds >= 4 ? " Vérification en cours depuis " + seconds + " s." : "";
  }

  function look() {
    fetch("/__pcv/problems.json", { cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return room();
        checkingSince = data.building ? checkingSince || Date.now() : null;
        show(data);
        sayChecking();
        room();
      })
      .catch(function () {});
  }
  look();
  setInterval(look, 2000);

  // The preview pane of each page (page_preview.js) shows the same problems above the page; « Traduction relue »
  // (translation_fields.js) the state of the page's translation.
  window.pcvProblems = {
    current: function () { return current; },
    translation: function (path) { return translations[path]; },
    building: function () { return building; },
    listen: function (listener) { listeners.push(listener); },
    forget: function (listener) { listeners.splice(listeners.indexOf(listener), 1); },
  };

  // Online without a sign-in relay, GitHub's button would open Netlify's error page: say why instead.
  function signinMissing() {
    var note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.style.cssText = "position:fixed;z-index:10000;left:0;right:0;top:0;margin:0;padding:.8rem 1rem;" +
      "background:#fff4f4;border-bottom:4px solid var(--pcv-brand, #1f2328);font:16px/1.45 system-ui,sans-serif;color:#1f2328";
    note.textContent = "La connexion en ligne n’est pas encore installée : le bouton « Se connecter avec GitHub » " +
      "ne fonctionnera pas. En attendant, modifiez les fichiers sur GitHub, ou utilisez l’éditeur sur votre " +
      "ordinateur (CONTRIBUTING.md, « L’éditeur web »).";
    document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(note); });
  }
})();
