// The state of a page's translation in the web editor, shown only in the column of the version that is the
// translation (pcv/languages/translations.py: the English one, unless only the French one says it is a translation):
// - « Traduction en attente »: Decap's list to choose from, « Oui » or nothing;
// - « Traduction relue »: a box to tick, with its sentence as its label, when the translation says the same as its
//   original as it is now. Ticked, it writes the moment (UTC) in the page's front matter,
//   `translation_reviewed: 2026-12-06 17:10`: the translation changes with its original, so the build counts it as
//   current from the save on (pcv/languages/translations.py), which the box says once ticked. Unticked again, the
//   field gets back what the file held.
// In the original's column both fields, their labels and their hints are hidden: nothing to tick there by mistake.
// Loaded after decap-cms.js, before the editor starts.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h || !CMS.getWidget("select")) return;
  var MARKS = ["translation", "translated_from"];

  function now() {
    return new Date().toISOString().slice(0, 16).replace("T", " ");  // 2026-12-06 17:10, as pcv.pages.front_matter
  }

  function marked(data) {
    return Boolean(data) && MARKS.some(function (key) { var value = data.get(key); return value != null && value !== ""; });
  }

  // Whether the column of `locale` is the translation's: the original is the first language's version, unless
  // it alone says it is a translation.
  function isTranslation(props) {
    var entry = props.entry, original = props.field.get("original_locale");
    var alone = props.field.get("page_locale");  // a collection of one language's pages: only this version is seen
    if (!entry || !original) return true;
    if (alone) return alone !== original || marked(entry.get("data"));
    var locale = props.locale || original;
    var i18n = entry.get("i18n");
    var others = i18n ? i18n.keySeq().toArray().filter(function (key) { return key !== original; }) : [];
    var dataOf = function (lang) { return lang === original ? entry.get("data") : entry.getIn(["i18n", lang, "data"]); };
    var originalMarked = marked(dataOf(original));
    if (locale === original) return originalMarked && !others.some(function (lang) { return marked(dataOf(lang)); });
    return !(originalMarked && !marked(dataOf(locale)));
  }

  // Shows or hides the whole field (label, control, hint) around `node`, Decap's container.
  function showField(node, shown) {
    var field = node && node.closest("[class*=ControlContainer]");
    if (field) field.style.display = shown ? "" : "none";
  }

  function onlyInTranslation(Control) {
    return createClass({
      componentDidMount: function () { showField(this.node, isTranslation(this.props)); },
      componentDidUpdate: function () { showField(this.node, isTranslation(this.props)); },
      render: function () {
        var self = this, shown = isTranslation(this.props);
        return h("div", { ref: function (node) { self.node = node; } }, shown ? h(Control, this.props) : null);
      },
    });
  }

  // The state of the translation now, as make translations says it (on this computer: problems.js), or nothing.
  // The path both languages share: Decap's entry path without "docs/" (both languages side by side) or without
  // "docs/<language>/" (a collection of one language's pages).
  function stateNow(props) {
    var alone = props.field.get("page_locale"), path = String((props.entry && props.entry.get("path")) || "");
    path = path.replace(alone ? "docs/" + alone + "/" : "docs/", "");
    return window.pcvProblems && window.pcvProblems.translation ? window.pcvProblems.translation(path) : undefined;
  }
  var STATES = {
    "à mettre à jour": "Cette traduction est à mettre à jour : son original a changé depuis. Corrigez-la, ou, si " +
      "elle dit encore la même chose, cochez la case.",
    "à jour": "Cette traduction est à jour.",
  };

  var Reviewed = createClass({
    getInitialState: function () {
      this.saved = this.props.value || "";
      return { ticked: false };
    },
    componentDidMount: function () {
      this.listener = function () { this.forceUpdate(); }.bind(this);
      if (window.pcvProblems) window.pcvProblems.listen(this.listener);
    },
    componentWillUnmount: function () {
      if (window.pcvProblems) window.pcvProblems.forget(this.listener);
    },
    toggle: function (event) {
      var ticked = event.target.checked;
      this.setState({ ticked: ticked });
      this.props.onChange(ticked ? now() : this.saved);
    },
    render: function () {
      var saved = this.saved, id = this.props.forID, state = STATES[stateNow(this.props)];
      return h("div", { className: this.props.classNameWrapper, style: { padding: ".7rem 1rem" } },
        state && !this.state.ticked ? h("p", { role: "status", "data-pcv-translation": "", style: {
          margin: "0 0 .5rem", fontWeight: state === STATES["à jour"] ? 400 : 600 } }, state) : null,
        h("div", { style: { display: "flex", gap: ".6rem", alignItems: "center" } },
          h("input", { type: "checkbox", id: id, checked: this.state.ticked, onChange: this.toggle,
            style: { width: "1.2rem", height: "1.2rem", margin: 0, cursor: "pointer", flex: "none" } }),
          h("label", { htmlFor: id, style: { cursor: "pointer", flex: "1", padding: ".2rem 0" } },
            "Cette traduction dit la même chose que la version originale actuelle")),
        this.state.ticked ? h("p", { role: "status", style: { margin: ".4rem 0 0" } },
          "La traduction comptera comme à jour dès que vous aurez cliqué sur Publier : la page traduite n’affichera " +
          "plus l’avis qui dit sa traduction en cours de mise à jour.") : null,
        saved ? h("p", { style: { margin: ".4rem 0 0", fontSize: ".9em" } },
          "Dernière relecture notée : " + saved + " (UTC).") : null);
    },
  });

  CMS.registerWidget("translation_pending", onlyInTranslation(CMS.getWidget("select").control),
    CMS.getWidget("select").preview);
  CMS.registerWidget("translation_reviewed", onlyInTranslation(Reviewed));
})();
