// « Traduction relue » in the web editor: a box to tick when the translated version of a page says the same as
// its original as it is now. Ticked, it writes the moment (UTC) in the page's front matter,
// `translation_reviewed: 2026-12-06 17:10`: the translation changes with its original, so the build counts it
// as current (pcv/languages/translations.py). Unticked again, the field gets back what the file held.
// Loaded after decap-cms.js, before the editor starts.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h) return;

  function now() {
    return new Date().toISOString().slice(0, 16).replace("T", " ");  // 2026-12-06 17:10, as pcv.pages.front_matter
  }

  var Reviewed = createClass({
    getInitialState: function () {
      this.saved = this.props.value || "";
      return { ticked: false };
    },
    toggle: function (event) {
      var ticked = event.target.checked;
      this.setState({ ticked: ticked });
      this.props.onChange(ticked ? now() : this.saved);
    },
    render: function () {
      var saved = this.saved;
      return h("div", { className: this.props.classNameWrapper, style: { padding: ".7rem 1rem" } },
        h("label", { style: { display: "flex", gap: ".6rem", alignItems: "center", cursor: "pointer" } },
          h("input", { type: "checkbox", id: this.props.forID, checked: this.state.ticked, onChange: this.toggle,
            style: { width: "1.2rem", height: "1.2rem" } }),
          "Cette traduction dit la même chose que la version originale actuelle"),
        saved ? h("p", { style: { margin: ".4rem 0 0", fontSize: ".9em" } },
          "Dernière relecture notée : " + saved + " (UTC).") : null);
    },
  });

  CMS.registerWidget("translation_reviewed", Reviewed);
})();
