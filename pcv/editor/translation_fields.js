// The state of a page's translation in the web editor, shown only in the column of the version that is the
// translation (pcv/languages/translations.py: the English one, unless only the French one says it is a translation):
// - « Traduction en attente »: Decap's list to choose from, « Oui » or nothing;
// - « Traduction relue »: a box to tick, with its sentence as its label, when the translation says the same as its
//   original as it is now. Ticked, it writes the moment (UTC) in the page's front matter,
//   `translation_reviewed: 2026-12-06 17:10`: the translation changes with its original, so the build counts it as
//   current from the save on (pcv/languages/translations.py), which the box says once ticked. Unticked again, the
//   field gets back what the file held.
// In the original's column both fields, their labels and their hints are hidden: nothing to tick there by mistake.
// Above the box, on this computer, a sentence says the state of the translation once « Publier » is clicked, as
// make translations will say it (staff play-test 7 F2: it said « à jour » after the original was changed, before the
// save): as it is now while nothing is changed; « à mettre à jour » once the original is changed and not the
// translation (the original written after it); « à jour » once the translation is changed (written with or after its
// original: pcv/languages/translations.py). Live as she types, in either column, whichever language is the original.
// Loaded after decap-cms.js, before the editor starts.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h || !CMS.getWidget("select")) return;
  var MARKS = ["translation", "translated_from"];
  var PENDING = "pending";  // pcv.pages.front_matter.PENDING

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
      // Drawn again when another field changes too: whether this column is the translation's, and what the state of
      // the translation will be, follow what is typed anywhere in the page.
      shouldComponentUpdate: function (next) {
        return next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper ||
          next.hasActiveStyle !== this.props.hasActiveStyle || next.entry !== this.props.entry;
      },
      componentDidMount: function () { showField(this.node, isTranslation(this.props)); },
      componentDidUpdate: function () { showField(this.node, isTranslation(this.props)); },
      render: function () {
        var self = this, shown = isTranslation(this.props);
        return h("div", { ref: function (node) { self.node = node; } }, shown ? h(Control, this.props) : null);
      },
    });
  }

  // The path both languages share: Decap's entry path without "docs/" (both languages side by side) or without
  // "docs/<language>/" (a collection of one language's pages).
  function sharedPath(props) {
    var alone = props.field.get("page_locale"), path = String((props.entry && props.entry.get("path")) || "");
    return path.replace(alone ? "docs/" + alone + "/" : "docs/", "");
  }

  // The state of the translation as saved, as make translations says it (on this computer: problems.js), or nothing;
  // just after a save, the state it was saved in, until the preview has checked it.
  var afterSave = {};  // shared path -> { state, was: the preview's state then, building: a check seen since }
  function stateNow(props) {
    var path = sharedPath(props);
    var known = window.pcvProblems && window.pcvProblems.translation ? window.pcvProblems.translation(path) : undefined;
    var saved = afterSave[path];
    if (saved && known !== saved.was) delete afterSave[path];
    return afterSave[path] ? afterSave[path].state : known;
  }
  function checked() {
    var building = window.pcvProblems && window.pcvProblems.building && window.pcvProblems.building();
    Object.keys(afterSave).forEach(function (path) {
      if (building) afterSave[path].building = true;
      else if (afterSave[path].building) delete afterSave[path];
    });
  }
  var STATES = {
    "à mettre à jour": "Cette traduction est à mettre à jour : son original a changé depuis. Corrigez-la, ou, si " +
      "elle dit encore la même chose, cochez la case.",
    "à jour": "Cette traduction est à jour.",
  };
  var COMING = {
    "à mettre à jour": "Dès que vous aurez cliqué sur Publier, cette traduction sera à mettre à jour : vous avez " +
      "changé la version originale, et pas elle. Corrigez-la aussi, ou, si elle dit encore la même chose, cochez la case.",
    "à jour": "Dès que vous aurez cliqué sur Publier, cette traduction comptera comme à jour, puisque vous l’avez " +
      "modifiée : vérifiez qu’elle dit bien la même chose que la version originale.",
  };

  // The data of the translation's version and of the original's as the form holds them (no original in a collection
  // of one language's pages: only the translation is seen there).
  function versions(props) {
    var entry = (props.getEntry && props.getEntry()) || props.entry;  // the page as typed now (Decap's draft)
    if (!entry) return {};
    var alone = props.field.get("page_locale"), first = props.field.get("original_locale");
    if (alone) return { translation: entry.get("data") };
    var locale = props.locale || first;
    var i18n = entry.get("i18n");
    var locales = [first].concat(i18n ? i18n.keySeq().toArray() : []);
    var other = locales.filter(function (lang) { return lang !== locale; })[0];
    var dataOf = function (lang) { return lang === first ? entry.get("data") : entry.getIn(["i18n", lang, "data"]); };
    return { translation: dataOf(locale), original: other ? dataOf(other) : undefined };
  }

  function differs(now, before) {
    if (now === before) return false;
    return !(now && before && typeof now.equals === "function" && now.equals(before));
  }

  // The state once saved, or null while nothing in the page differs from the file; "" for a translation marked as
  // awaiting translation (« Traduction en attente » says it).
  function coming(now, before) {
    var translation = differs(now.translation, before.translation), original = differs(now.original, before.original);
    if (!translation && !original) return null;
    if (now.translation && now.translation.get("translation") === PENDING) return "";
    return translation ? "à jour" : "à mettre à jour";
  }

  var shown = [];  // the « Traduction relue » fields on screen
  // Decap draws a field again only when its own value changes: each field on screen is drawn again, once Decap has
  // taken in what was typed, chosen or cleared anywhere in the page.
  var redraw = null;
  ["input", "change", "click", "keyup"].forEach(function (type) {
    document.addEventListener(type, function () {
      if (!shown.length || redraw) return;
      redraw = setTimeout(function () {
        redraw = null;
        shown.forEach(function (field) { field.forceUpdate(); });
      }, 50);
    }, true);
  });
  CMS.registerEventListener({ name: "preSave", handler: function () {
    shown.forEach(function (field) { field.saving = field.stateAfterSave(); });
  } });
  CMS.registerEventListener({ name: "postSave", handler: function () {
    shown.forEach(function (field) { field.savedNow(); });
  } });

  var Reviewed = createClass({
    getInitialState: function () {
      this.saved = this.props.value || "";
      this.base = versions(this.props);  // the page as opened (as last saved): what the file holds
      return { ticked: false };
    },
    componentDidMount: function () {
      shown.push(this);
      this.listener = function () { checked(); this.forceUpdate(); }.bind(this);
      if (window.pcvProblems) window.pcvProblems.listen(this.listener);
    },
    componentWillUnmount: function () {
      shown.splice(shown.indexOf(this), 1);
      if (window.pcvProblems) window.pcvProblems.forget(this.listener);
    },
    // The state the save about to be made gives, and, once made, the page as saved is the page as in the file.
    stateAfterSave: function () {
      var state = stateNow(this.props), next = coming(versions(this.props), this.base);
      return { path: sharedPath(this.props), was: state, state: next === null ? state : next };
    },
    savedNow: function () {
      var saving = this.saving;
      if (saving && saving.state !== undefined) afterSave[saving.path] = { state: saving.state, was: saving.was };
      this.base = versions(this.props);
      this.saved = this.props.value || "";
      this.saving = null;
      this.setState({ ticked: false });
    },
    toggle: function (event) {
      var ticked = event.target.checked;
      this.setState({ ticked: ticked });
      this.props.onChange(ticked ? now() : this.saved);
    },
    render: function () {
      var saved = this.saved, id = this.props.forID, now = stateNow(this.props), state;
      if (STATES[now]) {
        var next = coming(versions(this.props), this.base);
        state = next === null ? STATES[now] : COMING[next];
      }
      return h("div", { className: this.props.classNameWrapper, style: { padding: ".7rem 1rem" } },
        state && !this.state.ticked ? h("p", { role: "status", "data-pcv-translation": "", style: {
          margin: "0 0 .5rem", fontWeight: state === STATES["à jour"] || state === COMING["à jour"] ? 400 : 600 } },
          state) : null,
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
