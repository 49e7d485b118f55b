// A value of the file that a field of the web editor cannot show is said, never shown as an empty field. Decap's list
// to choose from (select, and the page's country and translation fields built on it) shows nothing for a value that
// is not one of its choices (« ci » typed on GitHub for « CI »), its number field nothing for a text (« 15 000 »):
// she would think the field empty. Its list and its group of fields cannot draw a single text at all (the whole editor
// stopped). Each such field shows, above it, what the file holds and what to do, in French, and saving is refused with
// the same words until a value is chosen or typed. Loaded right after decap-cms.js, before
// the scripts that build their own fields on Decap's (page_address.js, translation_fields.js). A number is also
// refused here, in the build's words, beyond a bound that holds when another field of its list item has a value
// (`bound_if`, from the schema's if/then: pcv/editor/fields.py; STAFF11 H10: a percentage of 175 was accepted).
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h) return;

  function plain(value) {
    return value && typeof value.toJS === "function" ? value.toJS() : value;
  }

  function options(field) {
    return (plain(field.get("options")) || []).map(function (option) {
      return option !== null && typeof option === "object" ? option : { label: String(option), value: option };
    });
  }

  function squeezed(text) {
    return String(text).normalize("NFKC").replace(/[\s\u200b-\u200d\u2060\ufeff]/g, "").toLowerCase();
  }

  // What the file holds that the list does not offer, and the choice it most likely means, as a sentence.
  function selectProblem(field, value) {
    var choices = options(field);
    var values = Array.isArray(plain(value)) ? plain(value) : [plain(value)];
    var strays = values.filter(function (one) {
      return one !== null && one !== undefined && one !== "" &&
        !choices.some(function (choice) { return choice.value === one; });
    });
    if (!strays.length) return null;
    var stray = strays[0];
    var near = choices.find(function (choice) { return squeezed(choice.value) === squeezed(stray); });
    return "le fichier contient ici « " + shown(stray) + " », que cette liste ne propose pas : le champ paraît donc " +
      "vide. Choisissez " + (near ? "« " + near.label + " »" : "la bonne valeur") + " dans la liste, puis Publier.";
  }

  function numberProblem(field, value) {
    if (value === null || value === undefined || value === "" || typeof value === "number") return null;
    if (/^-?[0-9]+(\.[0-9]+)?$/.test(String(value))) return null;  // Decap keeps what is typed as text until saved
    var digits = String(value).replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    var example = /^-?[0-9]+(\.[0-9]+)?$/.test(digits) ? " (ici " + digits + ")" : "";
    return "le fichier contient ici « " + shown(value) + " », qui n’est pas un nombre : le champ paraît donc vide. " +
      "Tapez le nombre en chiffres seulement, sans espace" + example + ", puis Publier.";
  }

  // The list fields' controls by their id: a field finds its list item's other fields there (boundProblem).
  var lists = {};

  // The list item holding the field of `props`, or null: Decap gives a field of an item the ids of its list, of the
  // item's key, and of the item's group of fields, last in its parentIds; the list's control has its items' keys.
  function itemOf(props) {
    var ids = props.parentIds || [], list = lists[ids[ids.length - 3]];
    var index = list && list.state && list.state.keys ? list.state.keys.indexOf(ids[ids.length - 2]) : -1;
    var items = index >= 0 ? list.props.value : null;
    return items && typeof items.get === "function" ? items.get(index) : null;
  }

  // A number beyond the bound that holds while another field of its item has a given value, as the build says it.
  function boundProblem(field, value, props) {
    var bound = plain(field.get("bound_if")), item = bound ? itemOf(props) : null;
    if (!item || typeof item.get !== "function" || item.get(bound.field) !== bound.equals) return null;
    if (value === null || value === undefined || value === "" || isNaN(Number(value))) return null;
    var over = bound.max !== undefined && Number(value) > bound.max, under = bound.min !== undefined && Number(value) < bound.min;
    if (!over && !under) return null;
    return "on attend " + (over ? "au plus " + bound.max : "au moins " + bound.min) + ", on trouve le nombre " + value +
      ". " + bound.message;
  }

  // A list or a group of fields (Decap's list and object) given a single text, say: Decap's control cannot draw it at
  // all (the whole editor stopped, in English). The field says so instead, and offers to empty it to fill it again.
  function kindProblem(kind) {
    return function (field, value) {
      if (value === null || value === undefined || value === "") return null;
      // Read without copying the value (a list's may be long): Immutable's lists say so by this mark.
      var isList = typeof value === "object" && Boolean(Array.isArray(value) || value["@@__IMMUTABLE_LIST__@@"]);
      if (kind === "list" ? isList : typeof value === "object" && !isList) return null;
      return "le fichier contient ici « " + shown(value) + " », qui n’est pas " + (kind === "list" ? "une liste" :
        "un groupe de champs") + " : le champ ne peut pas le montrer. Cliquez sur « " + EMPTY + " » pour le remplir " +
        "de nouveau ici (ce qui est écrit ci-dessus sera à retaper), ou corrigez le fichier à la ligne que donne le " +
        "bandeau rouge en bas.";
    };
  }
  var EMPTY = "Vider ce champ";

  // `value` as a person reads it: a text as is (at most 60 signs), anything else as YAML would write it.
  function shown(value) {
    var text = typeof value === "string" ? value : JSON.stringify(plain(value));
    text = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060-\u206f\ufeff]/g, function (sign) {
      return "U+" + sign.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    });
    return text.length > 60 ? text.slice(0, 60) + "…" : text;
  }

  function saying(Control, problemOf, drawn) {
    return createClass({
      // As the control it wraps decides (Decap's list and group of fields always draw again, for their fields'
      // errors), or as Decap decides for a control that does not.
      shouldComponentUpdate: function (next, nextState) {
        var inner = this.inner;
        if (inner && inner.shouldComponentUpdate) return inner.shouldComponentUpdate(next, nextState);
        return next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper ||
          next.hasActiveStyle !== this.props.hasActiveStyle;
      },
      // Decap validates a list's or a group's fields on « Publier » through the validate of the control it wraps: the
      // wrapper passes it on (STAFF11 H10: without it, no field inside a list was checked), and says its own problem.
      validate: function () {
        var inner = this.inner;
        if (!inner || !inner.validate) return this.props.validate();
        inner.validate();
        if (problemOf(this.props.field, this.props.value, this.props)) this.props.validate();
      },
      isValid: function () {
        var reason = problemOf(this.props.field, this.props.value, this.props);
        var label = this.props.field.get("label", this.props.field.get("name"));
        if (reason) return { error: { type: "CUSTOM", message: "« " + label + " » : " + reason } };
        return this.inner && this.inner.isValid ? this.inner.isValid() : true;
      },
      render: function () {
        var self = this, reason = problemOf(this.props.field, this.props.value, this.props);
        var problem = reason && reason.charAt(0).toUpperCase() + reason.slice(1);
        var props = this.props;
        var control = h(Control, Object.assign({}, props, { ref: function (inner) {
          self.inner = inner;
          if (inner && inner.state && inner.state.keys) lists[props.forID] = inner;  // a list (itemOf)
          else if (!inner) delete lists[props.forID];
        } }));
        if (!problem) return control;
        return h("div", null,
          h("p", { role: "alert", "data-pcv-unshown": "", style: {
            margin: "0 0 .5rem", padding: ".5rem .8rem", background: "#fff4f4", borderLeft: "4px solid var(--pcv-brand, #1f2328)",
            color: "#1f2328", fontSize: "14px", lineHeight: "1.45" } }, problem),
          drawn ? control : h("button", { type: "button", onClick: function () { props.onChange(null); }, style: {
            font: "inherit", fontWeight: 600, padding: ".35rem .8rem", border: "2px solid #3a69c7",
            borderRadius: "5px", background: "#fff", color: "#3a69c7", cursor: "pointer" } }, EMPTY));
      },
    });
  }

  function numberOrBoundProblem(field, value, props) {
    return numberProblem(field, value) || boundProblem(field, value, props);
  }

  [["select", selectProblem, true], ["number", numberOrBoundProblem, true], ["list", kindProblem("list"), false],
   ["object", kindProblem("object"), false]].forEach(function (each) {
    var widget = CMS.getWidget(each[0]);
    if (widget) CMS.registerWidget(each[0], saying(widget.control, each[1], each[2]), widget.preview, widget.schema);
  });
})();
