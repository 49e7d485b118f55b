// The preview pane of each page in the web editor, as the site shows the page: its title and text in the site's own
// markup, styled by the site's own stylesheet (the one the home page links: its name changes with its content), from
// the site itself, never another host; a copy is kept in the browser for when the site cannot be built. On this computer (make editor), the build's problems above the page
// (problems.js). The page's text is Decap's preview of it (page_text.js). Loaded after decap-cms.js.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h, root = document.documentElement;
  if (!CMS || !createClass || !h) return;
  var problems = window.pcvProblems || { current: function () { return []; }, listen: function () {}, forget: function () {} };

  var Preview = createClass({
    getInitialState: function () { return { items: problems.current() }; },
    componentDidMount: function () {
      this.listener = function (items) { this.setState({ items: items }); }.bind(this);
      problems.listen(this.listener);
    },
    componentWillUnmount: function () { problems.forget(this.listener); },
    render: function () {
      var items = this.state.items, data = this.props.entry.get("data");
      // The title above the text, as the site writes it when the text has no heading « # » of its own.
      var title = /^#[ \t]/m.test(data.get("body") || "") ? null : data.get("title");
      var box = items.length ? h("div", { role: "alert", style: { border: "4px solid var(--pcv-brand, #1f2328)",
        background: "#fff4f4", padding: ".6rem 3.5rem .6rem 1.6rem", marginBottom: "1rem",
        font: "15px/1.45 system-ui,sans-serif", color: "#1f2328" } },  // clear of the pane's own buttons on the right
        h("strong", {}, "Le site ne peut pas être construit avec le dernier enregistrement :"),
        h("ol", {}, items.map(function (item, i) { return h("li", { key: i }, item[0] ? item[0] + " " + item[1] : item[1]); })))
        : null;
      return h("div", { className: "md-container" }, h("main", { className: "md-main" },
        h("div", { className: "md-main__inner md-grid" }, h("div", { className: "md-content" },
          // The title on its band, as the site draws it under the page's trail (its first, unindexed part).
          h("article", { className: "md-content__inner md-typeset" }, h("div", { className: "pcv-unindexed" }, box),
            title ? h("h1", {}, String(title)) : null, this.props.widgetFor("body"))))));
    },
  });

  (root.getAttribute("data-pages") || "").split(" ").filter(Boolean).forEach(function (name) {
    CMS.registerPreviewTemplate(name, Preview);
  });

  // While the site cannot be built (make editor), its pages are the problems' page, without the stylesheet: the one
  // kept from the last time the site could be built on this computer is used.
  var KEPT = "pcv-site-stylesheet";
  var home = new URL("../", location.href);
  fetch(home, { cache: "no-store" })
    .then(function (r) { return r.text(); })
    .then(function (html) {
      var link = /href="([^"]*assets\/stylesheets\/site\.[0-9a-f]+\.css)"/.exec(html);
      var address = link && new URL(link[1], home);
      if (!address || address.origin !== location.origin) {
        var kept = localStorage.getItem(KEPT);
        if (kept) CMS.registerPreviewStyle(kept, { raw: true });
        return;
      }
      CMS.registerPreviewStyle(address.href);
      return fetch(address).then(function (r) { return r.ok ? r.text() : null; }).then(function (css) {
        if (css) localStorage.setItem(KEPT, css);
      });
    })
    .catch(function () {});  // no stylesheet kept, or no room to keep it: the preview is then unstyled
})();
