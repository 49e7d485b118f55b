// A page's text in the web editor: its Markdown exactly as typed, with a button « Insérer une photo » and a list
// « Insérer un chiffre des données ». Decap's own Markdown field inserts an image only in its rich-text mode, which
// rewrites the page's Markdown (admonitions, tables, anchors); in its raw mode the toolbar is disabled. This field is
// a plain text box that keeps every character. The list names each figure by its French words (figures.json) and
// writes its {{ name }} at the cursor, so that no one types braces. The button opens Decap's media library: the
// photo chosen (or uploaded) is written where the cursor is, `![](images/photo.jpg)` on a line of its own, linked from the page as a
// photo added by hand (the build publishes its WebP sizes without its metadata: pcv/publishing/photos.py).
// The cursor is then left between the brackets, where the photo's description goes. Loaded after
// decap-cms.js, before the editor starts; the preview is Decap's Markdown preview.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h || !CMS.getWidget("markdown")) return;
  var LANGUAGE = { fr: "en français", en: "en anglais" };
  var CLOSED = "<!-- pcv: en-tête fermé par l'éditeur -->";
  var FIGURES = "Insérer un chiffre des données";  // pcv.pages.figures.INSERT_FIGURE, which messages name

  // `text` with the photo line inserted at `at`, as a paragraph of its own; where the description goes.
  function withPhoto(text, at, path) {
    var before = text.slice(0, at), after = text.slice(at);
    var lead = before === "" || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
    var trail = after === "" ? "\n" : /^\n\n/.test(after) ? "" : /^\n/.test(after) ? "\n" : "\n\n";
    var cursor = before.length + lead.length + 2;  // after "!["
    return { text: before + lead + "![](" + path + ")" + trail + after, cursor: cursor };
  }

  // The element that scrolls the form around `node` (Decap's pane), or the page's.
  function scroller(node) {
    for (var up = node.parentElement; up; up = up.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(up).overflowY) && up.scrollHeight > up.clientHeight) return up;
    }
    return document.scrollingElement || document.documentElement;
  }

  // Scrolls the form, if need be, so that the line of `box` at `at` is in sight: measured on a copy of the box's
  // text up to there, wrapped as the box wraps it.
  function showLine(box, at) {
    var style = getComputedStyle(box), copy = document.createElement("div");
    ["font", "lineHeight", "letterSpacing", "padding", "border", "boxSizing", "tabSize"].forEach(function (name) {
      copy.style[name] = style[name];
    });
    copy.style.cssText += ";position:absolute;visibility:hidden;white-space:pre-wrap;overflow-wrap:break-word;" +
      "width:" + box.clientWidth + "px";
    copy.textContent = box.value.slice(0, at) + "\u200b";
    document.body.appendChild(copy);
    var y = box.getBoundingClientRect().top + copy.offsetHeight;
    copy.remove();
    var pane = scroller(box), view = pane === document.scrollingElement ? { top: 0, bottom: innerHeight }
      : pane.getBoundingClientRect();
    if (y < view.top + 60 || y > view.bottom - 60) pane.scrollTop += y - (view.top + view.bottom) / 2;
  }

  var PageText = createClass({
    getInitialState: function () {
      this.controlID = "page-text-" + Math.random().toString(36).slice(2);
      this.at = null;
      return { inserted: null, closed: false };
    },
    // Decap renders a field again only when this says so: its value changed, or a photo was chosen for it.
    shouldComponentUpdate: function (next, nextState) {
      return next.value !== this.props.value || Boolean(next.mediaPaths.get(this.controlID)) ||
        nextState !== this.state || next.classNameWrapper !== this.props.classNameWrapper;
    },
    componentDidMount: function () {
      this.fit();
      // A page whose front matter the file leaves open, shown closed (decap_server.js): the line is added on saving.
      var text = this.props.value;
      if (typeof text === "string" && text.indexOf(CLOSED + "\n") === 0) {
        this.setState({ closed: true });
        this.props.onChange(text.slice(CLOSED.length + 1));
      }
    },
    componentDidUpdate: function () {
      this.fit();
      var chosen = this.props.mediaPaths.get(this.controlID);
      if (!chosen) return;
      this.props.onRemoveInsertedMedia(this.controlID);
      var path = typeof chosen === "string" ? chosen : chosen.first ? chosen.first() : chosen[0];
      var text = this.props.value || "";
      var added = withPhoto(text, this.at === null ? text.length : Math.min(this.at, text.length), path);
      this.props.onChange(added.text);
      this.setState({ inserted: path });
      // Back in the text, between the brackets, once the media library has closed and given focus back.
      var box = this.box;
      function describe() {
        if (!box || document.activeElement === box) return;
        box.focus({ preventScroll: true });
        box.setSelectionRange(added.cursor, added.cursor);
        showLine(box, added.cursor);
      }
      setTimeout(describe, 0);
      setTimeout(describe, 300);
    },
    // The whole text shown, without a scroll bar of its own; the form stays where it was scrolled to.
    fit: function () {
      if (!this.box) return;
      var pane = scroller(this.box), top = pane.scrollTop;
      this.box.style.height = "auto";
      this.box.style.height = this.box.scrollHeight + 4 + "px";
      pane.scrollTop = top;
    },
    componentWillUnmount: function () { this.props.onRemoveMediaControl(this.controlID); },
    // A figure of the data chosen in the list above the text: its {{ name }} where the cursor is, in place of the
    // text selected (the figure typed by hand that the build points at); the cursor after it.
    insertFigure: function (event) {
      var name = event.target.value, box = this.box, text = this.props.value || "";
      event.target.value = "";
      if (!name || !box) return;
      var start = this.typed ? box.selectionStart : text.length, end = this.typed ? box.selectionEnd : text.length;
      var placeholder = "{{ " + name + " }}";
      this.props.onChange(text.slice(0, start) + placeholder + text.slice(end));
      setTimeout(function () {
        box.focus({ preventScroll: true });
        box.setSelectionRange(start + placeholder.length, start + placeholder.length);
      }, 0);
    },
    choosePhoto: function (event) {
      event.preventDefault();
      this.at = this.box ? this.box.selectionStart : null;
      this.props.onOpenMediaLibrary({ controlID: this.controlID, forImage: true, allowMultiple: false,
        value: "", field: this.props.field });
    },
    render: function () {
      var self = this, props = this.props, text = props.value || "";
      var note = this.state.inserted ? h("p", { role: "status", style: { margin: ".4rem 0 0", color: "#1f2328" } },
        "Photo ajoutée : écrivez entre les crochets [ ] ce qu’elle montre, " + (LANGUAGE[props.locale] ||
        "dans la langue de la page") + ", pour les lecteurs qui ne la voient pas. Faites de même dans l’autre langue.")
        : null;
      var closed = this.state.closed ? h("p", { role: "status", style: { margin: "0 0 .4rem", padding: ".4rem .6rem",
        background: "#fff4f4", borderLeft: "4px solid var(--pcv-brand, #1f2328)", color: "#1f2328" } },
        "Dans le fichier, la ligne « --- » qui ferme l’en-tête manque : l’éditeur l’ajoutera à l’enregistrement. " +
        "Vérifiez que le titre, la description et ce texte sont à leur place, puis cliquez sur Publier.") : null;
      var labels = figures.labels || {};
      var figureList = Object.keys(labels).length ? h("select", { "aria-label": FIGURES, value: "",
        onChange: this.insertFigure, style: { font: "inherit", marginLeft: ".6rem", padding: ".35rem .5rem",
        border: "2px solid #3a69c7", borderRadius: "5px", background: "#fff", color: "#3a69c7", maxWidth: "22rem" } },
        h("option", { value: "" }, FIGURES + "…"),
        Object.keys(labels).map(function (name) { return h("option", { key: name, value: name }, labels[name]); }))
        : null;
      return h("div", {}, closed,
        h("div", { style: { margin: "0 0 .4rem", display: "flex", flexWrap: "wrap", alignItems: "center" } },
          h("button", { type: "button", onClick: this.choosePhoto,
            onMouseDown: function (event) { event.preventDefault(); },  // the cursor stays where the photo goes
            style: { font: "inherit", fontWeight: 600,
            padding: ".35rem .8rem", border: "2px solid #3a69c7", borderRadius: "5px", background: "#fff",
            color: "#3a69c7", cursor: "pointer" } }, "Insérer une photo"), figureList),
        h("textarea", {
          id: props.forID, className: props.classNameWrapper, value: text, spellCheck: true,
          ref: function (box) { self.box = box; },
          rows: 12,
          style: { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: 1.5,
            resize: "vertical", width: "100%", boxSizing: "border-box" },
          onChange: function (event) { props.onChange(event.target.value); },
          onFocus: function () { self.typed = true; props.setActiveStyle(); }, onBlur: props.setInactiveStyle,
        }),
        note);
    },
  });

  // The preview shows the page as the site will: each {{ placeholder }} as its figure in the page's language
  // (figures.json, written with the editor from data/), {{ "kept" }} as written, no { #anchor } after a heading.
  var figures = {};
  fetch("figures.json", { cache: "no-store" }).then(function (r) { return r.ok ? r.json() : {}; })
    .then(function (found) { figures = found || {}; }).catch(function () {});  // read at each render
  var MarkdownPreview = CMS.getWidget("markdown").preview;

  // Code, a fenced block or a `code span`, shows what was typed, {{ … }} included, as on the site
  // (pcv/pages/placeholders.py: the figures are filled in the text only).
  var SPAN_OR_PLACEHOLDER = /(`+)(?:(?!\1)[\s\S])+?\1|\{\{\s*"([^"{}]*)"\s*\}\}|\{\{\s*([\w.-]+)\s*\}\}/g;

  function shown(text, lang) {
    var texts = figures[lang] || {};
    var fence = null;
    return (text || "").split("\n").map(function (line) {
      var opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
        return line;
      }
      if (opening) {
        fence = opening[1];
        return line;
      }
      return line.replace(SPAN_OR_PLACEHOLDER, function (all, ticks, kept, name) {
        if (ticks) return all;
        if (kept !== undefined) return kept;
        return name in texts ? texts[name] : all;
      }).replace(/[ \t]*\{[ \t]*#[\w-]+[ \t]*\}[ \t]*$/, "");
    }).join("\n");
  }

  // A photo beside the page (images/…, as « Insérer une photo » writes it) is shown from the editor's media
  // library: the file on disk, or the upload not yet saved. The Markdown preview would otherwise look for it
  // beside /admin/, and show it broken.
  function withPhotos(text, props) {
    if (!props.getAsset) return text;
    return text.replace(/(!\[[^\]]*\]\(\s*<?)(images\/[^)\s>]+)/g, function (all, start, path) {
      var url = String(props.getAsset(path, props.field) || "");
      return url ? start + url : all;
    });
  }

  var PageTextPreview = createClass({
    render: function () {
      var path = (this.props.entry && this.props.entry.get("path")) || "";
      var lang = (/^docs\/([^/]+)\//.exec(path) || [])[1] || "fr";
      var value = withPhotos(shown(this.props.value, lang), this.props);
      return h(MarkdownPreview, Object.assign({}, this.props, { value: value }));
    },
  });

  CMS.registerWidget("page_text", PageText, PageTextPreview);
})();
