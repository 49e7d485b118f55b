// « Fin de l'adresse (slug) » of a page in a sub-folder (docs/fr/activites/…): it names the file, so a new page
// needs it, while a page already there may leave it empty (its file names it). For a new page the field is not
// marked optional and saving without it says what to write; once a country is chosen, it is filled with that
// country's « Nom de la page » from data/countries.yaml (`country_slugs`, written by pcv/editor/config.py), the
// file name its page must have. Loaded after decap-cms.js, before the editor starts.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h || !CMS.getWidget("select")) return;
  var CHOSEN = "pcv-page-country";  // the event by which « Pays de la page » tells the code chosen

  function isNew(props) {
    return Boolean(props.entry && props.entry.get("newRecord"));
  }

  // `text` in the words an address is written with: lowercase letters without accents, digits and hyphens
  // (« Stories » -> stories, « Pérou » -> perou).
  function addressWords(text) {
    return String(text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  // Under an address the field's rule refuses (Decap says the rule): what in it is not allowed, and the address to
  // write (staff play-test 9 F6: « Pérou » got the rule only). Null when it is allowed, or empty.
  function addressAdvice(props) {
    var typed = String(props.value || ""), pattern = props.field.get("pattern");
    if (!typed || !pattern || new RegExp(pattern.get(0)).test(typed)) return null;
    var named = [], seen = {};
    Array.from(typed).forEach(function (sign) {
      var bare = sign.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      var name = /\s/.test(sign) ? "les espaces" : "« " + sign + " »" + (bare !== sign ? " (accent)" :
        sign !== sign.toLowerCase() ? " (majuscule)" : "");
      if (/[a-z0-9\/-]/.test(sign) || seen[name]) return;
      seen[name] = true;
      named.push(name);
    });
    var address = typed.split("/").map(addressWords).filter(Boolean).join("/");  // its folders kept
    var write = address && address !== typed ? "écrivez « " + address + " »." : "";
    if (!named.length) return write ? "Pour cette adresse, " + write : null;
    var list = named.length > 1 ? named.slice(0, -1).join(", ") + " et " + named[named.length - 1] : named[0];
    return list + (named.length > 1 ? " ne sont pas permis" : " n’est pas permis") + " dans une adresse" +
      (write ? " : " + write : ".");
  }

  function addressError(props) {
    var advice = addressAdvice(props);
    return advice ? { error: { type: "PATTERN", message: advice } } : true;
  }

  var PageAddress = createClass({
    // Rendered again when its value changes (Decap does not when another field does: the country is told by its own
    // field, below), or Decap's styles.
    shouldComponentUpdate: function (next) {
      return next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper;
    },
    componentDidMount: function () {
      var self = this;
      this.fill = function (event) {
        var slugs = self.props.field.get("country_slugs"), slug = slugs && event.detail && slugs.get(event.detail);
        if (isNew(self.props) && !self.props.value && slug) self.props.onChange(slug);
      };
      document.addEventListener(CHOSEN, this.fill);
      this.update();
    },
    componentDidUpdate: function () { this.update(); },
    componentWillUnmount: function () { document.removeEventListener(CHOSEN, this.fill); },
    // Decap marks the field « (optionnel) » after its label, in a span of its own: not for a new page.
    update: function () {
      var label = document.querySelector('label[for="' + this.props.forID + '"]');
      var optional = label && label.querySelector("span");
      if (optional) optional.style.display = isNew(this.props) ? "none" : "";
    },
    isValid: function () {
      if (!isNew(this.props) || (this.props.value || "").trim()) return addressError(this.props);
      return { error: { type: "PRESENCE", message: "« " + this.props.field.get("label") + " » est obligatoire " +
        "pour une nouvelle page : elle donne le nom de son fichier. Pour la page d’un pays, choisissez d’abord " +
        "« Pays de la page » : elle se remplit toute seule." } };
    },
    render: function () {
      var props = this.props;
      return h("input", { type: "text", id: props.forID, className: props.classNameWrapper, value: props.value || "",
        onChange: function (event) { props.onChange(event.target.value); },
        onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle });
    },
  });

  // « Pays de la page »: Decap's list to choose from, which tells the address field the country chosen.
  var Select = CMS.getWidget("select");
  var PageCountry = createClass({
    render: function () {
      var props = this.props;
      return h(Select.control, Object.assign({}, props, { onChange: function (value, metadata) {
        props.onChange(value, metadata);
        document.dispatchEvent(new CustomEvent(CHOSEN, { detail: value }));
      } }));
    },
  });

  // « Fin de l'adresse (slug) » of a page in « Pages » (both languages side by side): in the column of another language
  // than the first, a new page's address follows its title there, in the words an address is written with
  // (« Stories » -> stories), until she types one herself: the file is named from the French title, and the check
  // refuses an English address that would be that French name (pcv/checks/address_language.py).
  var TranslatedAddress = createClass({
    componentDidMount: function () {
      var self = this;
      this.typed = Boolean(this.props.value);  // an address already written is hers
      this.follow = function () {
        setTimeout(function () {
          var props = self.props, entry = (props.getEntry && props.getEntry()) || props.entry;
          if (self.typed || !entry || !entry.get("newRecord") || !props.locale ||
              props.locale === props.field.get("original_locale")) return;
          var address = addressWords(entry.getIn(["i18n", props.locale, "data", "title"]));
          if (address !== (props.value || "")) props.onChange(address);
        }, 60);
      };
      document.addEventListener("input", this.follow, true);
    },
    componentWillUnmount: function () { document.removeEventListener("input", this.follow, true); },
    isValid: function () { return addressError(this.props); },
    render: function () {
      var self = this, props = this.props;
      return h("input", { type: "text", id: props.forID, className: props.classNameWrapper, value: props.value || "",
        onChange: function (event) { self.typed = true; props.onChange(event.target.value); },
        onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle });
    },
  });

  // « Place dans le menu » (pcv/editor/menu_field.py): its choices are the menu's pages. A page already there by a
  // line of mkdocs.yml keeps that place whatever is chosen, and the check then refuses the choice (staff play-test 8
  // F5: fifteen places offered, saved, then refused): on such a page the list gives way to a sentence saying so, and
  // that its place is changed in « Menu du site » (menu_form.js). A new page, or one placed from the editor (its
  // field has a value), has the list.
  function placedByMkdocs(props) {
    if (!props.entry || props.entry.get("newRecord") || props.value) return false;
    var path = String(props.entry.get("path") || "").replace(/^docs\/(?:[a-z]{2}\/)?/, "");
    var options = props.field.get("options");
    return Boolean(options) && options.some(function (option) {
      return (option && option.get ? option.get("value") : option) === path;
    });
  }
  var MenuPlace = createClass({
    render: function () {
      if (!placedByMkdocs(this.props)) return h(Select.control, this.props);
      return h("p", { id: this.props.forID, "data-pcv-menu-kept": "", style: { margin: ".3rem 0", color: "#1f2328" } },
        "Cette page est déjà dans le menu, à sa place : rien à choisir ici. Pour la déplacer, ou renommer une " +
        "section du menu, ouvrez « Menu du site » dans la liste des collections, à gauche (CONTRIBUTING.md, partie 4).");
    },
  });

  CMS.registerWidget("menu_place", MenuPlace, Select.preview);
  CMS.registerWidget("page_country", PageCountry, Select.preview);
  CMS.registerWidget("translated_address", TranslatedAddress,
    CMS.getWidget("string") && CMS.getWidget("string").preview);
  CMS.registerWidget("page_address", PageAddress, CMS.getWidget("string") && CMS.getWidget("string").preview);
})();
