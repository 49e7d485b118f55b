// A file the web editor cannot read is never saved over. Decap reads a data file (or a page's front matter) that
// has a YAML slip (a quote left open, a line indented one space too far) as empty, and opens its form with every
// field empty: saving it then writes only what was typed in that form, and everything else the file held is gone
// (staff play-test 7 F6: data/partners.yaml lost its funder and its 11 partners in one save, and nothing said so).
// The first field of every form (« file_guard », written by pcv/editor/config.py; it writes nothing in the file)
// looks at the file as Decap opened it: an entry already there that came out without a single field although its
// file has lines is unreadable. It then says so above the form, in French, with the line the check gives on this
// computer (problems.js), and saving is refused with the same words. The file is corrected where it was broken
// (GitHub, or a text editor), and the form reopened. Otherwise it shows nothing. Loaded after decap-cms.js, before
// the editor starts.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h) return;

  // The lines of a file's text that hold something: neither blank, nor a comment, nor a YAML document mark.
  function hasContent(raw) {
    return String(raw || "").split("\n").some(function (line) {
      var text = line.trim();
      return text && text.charAt(0) !== "#" && !/^(-{3}|\.{3}|\{\})$/.test(text);
    });
  }

  // The entry's data in the column of `locale` (a page in both languages side by side), or its only data.
  function dataOf(entry, locale) {
    if (!locale || !entry.get("i18n") || !entry.getIn(["i18n", locale])) return entry.get("data");
    return entry.getIn(["i18n", locale, "data"]);
  }

  // Decap keeps the text it read only for an entry of one file (a data file, a page of one language); a page in
  // both languages has none, and each of its versions has at least a title or a text.
  function unreadable(props) {
    var entry = props.entry;
    if (!entry || entry.get("newRecord")) return false;
    var data = dataOf(entry, props.locale);
    if (data && data.size) return false;  // read: it has fields, even empty ones
    var raw = entry.get("raw");
    return entry.get("i18n") && entry.get("i18n").size ? true : hasContent(raw);
  }

  // The file of the column, as the check names it: Decap names a page in both languages by its collection's folder
  // and its path there (docs/x.md), each language's file being in its own folder (docs/en/x.md).
  function fileOf(props) {
    var path = String(props.entry.get("path") || ""), entry = props.entry;
    var folder = props.collection && props.collection.get("folder");
    if (!props.locale || !entry.get("i18n") || !entry.get("i18n").size || !folder || path.indexOf(folder + "/") !== 0) {
      return path;
    }
    return folder + "/" + props.locale + path.slice(folder.length);
  }

  // What the check says of that file on this computer (the red box at the foot: problems.js), or nothing.
  function checkSays(file) {
    var problems = window.pcvProblems ? window.pcvProblems.current() : [];
    var found = problems.filter(function (item) { return item[0].indexOf(file) === 0; })[0];
    return found ? " Le contrôle dit : « " + found[0] + " " + found[1] + " »" : "";
  }

  function sentence(file) {
    return "Ce fichier (" + file + ") ne peut pas être lu tel qu’il est écrit : une faute de mise en forme " +
      "(un guillemet ouvert et jamais fermé, un retrait décalé…), et c’est pourquoi ce formulaire paraît vide. " +
      "Ne l’enregistrez pas d’ici : tout ce que le fichier contient serait remplacé par ce que vous tapez ici. " +
      "Corrigez d’abord le fichier là où il a été modifié (sur GitHub, ou dans un éditeur de texte), à la ligne " +
      "que donne le contrôle, puis rouvrez ce formulaire.";
  }

  function showField(node, shown) {
    var field = node && node.closest("[class*=ControlContainer]");
    if (field) field.style.display = shown ? "" : "none";
  }

  // Saving is refused while the form of an unreadable file is open: Decap asks each field whether it is valid only in
  // the first language's column, so the refusal is also made before anything is written (Decap then says it, in red).
  var open = [];
  CMS.registerEventListener({ name: "preSave", handler: function (event) {
    var path = event.entry.get("path");
    open.forEach(function (guard) {
      if (guard.state.unreadable && guard.props.entry && guard.props.entry.get("path") === path) {
        throw new Error(sentence(guard.state.file));
      }
    });
  } });

  var FileGuard = createClass({
    getInitialState: function () {
      return { unreadable: unreadable(this.props), file: this.props.entry ? fileOf(this.props) : "" };
    },
    componentDidMount: function () {
      open.push(this);
      showField(this.node, this.state.unreadable);
      this.listener = function () { this.forceUpdate(); }.bind(this);
      if (window.pcvProblems) window.pcvProblems.listen(this.listener);
    },
    componentDidUpdate: function () { showField(this.node, this.state.unreadable); },
    componentWillUnmount: function () {
      open.splice(open.indexOf(this), 1);
      if (window.pcvProblems) window.pcvProblems.forget(this.listener);
    },
    isValid: function () {
      if (!this.state.unreadable) return true;
      return { error: { type: "CUSTOM", message: sentence(this.state.file) } };
    },
    render: function () {
      var self = this;
      var ref = function (node) { self.node = node; };
      if (!this.state.unreadable) return h("div", { ref: ref });
      return h("p", { ref: ref, role: "alert", "data-pcv-unreadable": "", style: {
        margin: 0, padding: ".7rem 1rem", background: "#fff4f4", borderLeft: "4px solid var(--pcv-brand, #1f2328)",
        color: "#1f2328", fontSize: "15px", lineHeight: "1.45" } }, sentence(this.state.file) + checkSays(this.state.file));
    },
  });

  CMS.registerWidget("file_guard", FileGuard);
})();
