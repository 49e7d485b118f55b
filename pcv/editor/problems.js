// The site's problems above the editor, in French, while the editor is opened from this computer
// (make editor, make serve): the preview server answers /__pcv/problems.json after every build.
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
  window.addEventListener("load", previewPanes);
  var box = document.createElement("section");
  box.setAttribute("role", "alert");
  box.style.cssText = "position:fixed;z-index:10000;left:0;right:0;bottom:0;max-height:35vh;overflow:auto;" +
    "background:#fff4f4;border-top:4px solid #8a1538;padding:.4rem 1rem;font:15px/1.45 system-ui,sans-serif;color:#1f2328";
  var open = false;  // folded to its first line, so that it never hides the field being corrected
  var shown = "";

  function show(data) {
    var items = data.problems.map(function (p) { return [p.where + (p.editor ? " (" + p.editor + ")" : ""), p.message]; })
      .concat(data.notes.map(function (n) { return ["", n]; }));
    var key = JSON.stringify([items, data.building]);
    if (key === shown) return;
    shown = key;
    current = items;
    listeners.forEach(function (listener) { listener(items); });
    box.textContent = "";
    if (!items.length && !data.building) { box.remove(); room(); return; }
    if (data.building) {  // a save is being checked: the list below is the previous one's
      var checking = document.createElement("p");
      checking.setAttribute("role", "status");
      checking.style.margin = "0 0 .2rem";
      checking.textContent = "Vérification du dernier enregistrement en cours (quelques secondes, jusqu’à une " +
        "minute sur un ordinateur chargé)…" + (items.length ? " La liste ci-dessous est celle d’avant." : "");
      box.appendChild(checking);
      document.body.appendChild(box);
      room();
      if (!items.length) return;
    }
    var title = document.createElement("button");
    title.type = "button";
    title.style.cssText = "all:unset;cursor:pointer;font-weight:700;text-decoration:underline";
    title.textContent = "Le site ne peut pas être construit avec le dernier enregistrement : " + items.length +
      (items.length > 1 ? " problèmes à corriger" : " problème à corriger") +
      " (l’aperçu de la page les montre aussi). " + (open ? "Replier la liste" : "Afficher la liste");
    title.setAttribute("aria-expanded", String(open));
    title.addEventListener("click", function () { open = !open; shown = ""; show(data); });
    var list = document.createElement("ol");
    list.hidden = !open;
    list.style.cssText = "margin:.3rem 0 0;padding-left:1.8rem";
    items.forEach(function (item) {
      var li = document.createElement("li");
      if (item[0]) {
        var where = document.createElement("b");
        where.textContent = item[0] + " ";
        li.appendChild(where);
      }
      li.appendChild(document.createTextNode(item[1]));
      list.appendChild(li);
    });
    box.appendChild(title);
    box.appendChild(list);
    document.body.appendChild(box);
    room();
  }

  // The page and the form's pane can scroll past the box, so that the end of a list (the last page) or of a form (its
  // last field) is never under it; again at each look, for a pane the editor has drawn since.
  function room() {
    var space = box.isConnected ? box.offsetHeight + "px" : "";
    document.body.style.paddingBottom = space;
    document.querySelectorAll("[class*=ControlPaneContainer]").forEach(function (pane) { pane.style.paddingBottom = space; });
  }

  function look() {
    fetch("/__pcv/problems.json", { cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) show(data); room(); })
      .catch(function () {});
  }
  look();
  setInterval(look, 2000);

  // The preview pane of each page shows the same problems above the page (Decap's createClass and h).
  function previewPanes() {
    var CMS = window.CMS, createClass = window.createClass, h = window.h;
    if (!CMS || !createClass || !h) return;
    var Preview = createClass({
      getInitialState: function () { return { items: current }; },
      componentDidMount: function () {
        this.listener = function (items) { this.setState({ items: items }); }.bind(this);
        listeners.push(this.listener);
      },
      componentWillUnmount: function () { listeners.splice(listeners.indexOf(this.listener), 1); },
      render: function () {
        var items = this.state.items;
        var problems = items.length ? h("div", { role: "alert", style: { border: "4px solid #8a1538",
          background: "#fff4f4", padding: ".6rem 3.5rem .6rem 1.6rem", marginBottom: "1rem",
          font: "15px/1.45 system-ui,sans-serif" } },  // clear of the pane's own buttons on the right
          h("strong", {}, "Le site ne peut pas être construit avec le dernier enregistrement :"),
          h("ol", {}, items.map(function (item, i) { return h("li", { key: i }, item[0] ? item[0] + " " + item[1] : item[1]); })))
          : null;
        return h("div", {}, problems, this.props.widgetFor("body"));
      },
    });
    (root.getAttribute("data-pages") || "").split(" ").filter(Boolean).forEach(function (name) {
      CMS.registerPreviewTemplate(name, Preview);
    });
  }

  // Online without a sign-in relay, GitHub's button would open Netlify's error page: say why instead.
  function signinMissing() {
    var note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.style.cssText = "position:fixed;z-index:10000;left:0;right:0;top:0;margin:0;padding:.8rem 1rem;" +
      "background:#fff4f4;border-bottom:4px solid #8a1538;font:16px/1.45 system-ui,sans-serif;color:#1f2328";
    note.textContent = "La connexion en ligne n’est pas encore installée : le bouton « Se connecter avec GitHub » " +
      "ne fonctionnera pas. En attendant, modifiez les fichiers sur GitHub, ou utilisez l’éditeur sur votre " +
      "ordinateur (CONTRIBUTING.md, « L’éditeur web »).";
    document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(note); });
  }
})();
