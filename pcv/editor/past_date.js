// A date of the data that says when something was done (« Données vérifiées le », data/programme.yaml `as_of`): the
// form refuses a day its month lacks (2026-02-30) and a date in the future, under the field and in the message at the
// top on « Publier » (french.js), as the build does (pcv/data/rules.py, with a day's margin for time zones). Before,
// only the build said so, after the save (staff play-test 8 F10: « 2027-12-01 » accepted by the form). Its form is
// still the field's pattern (AAAA-MM-JJ). Loaded after decap-cms.js, before the editor starts.
(function () {
  "use strict";
  var CMS = window.CMS, createClass = window.createClass, h = window.h;
  if (!CMS || !createClass || !h) return;

  function iso(day) { return day.toISOString().slice(0, 10); }

  // What is wrong with `text` as a date of the past, in French, or "" (a text not of the form AAAA-MM-JJ is the
  // pattern's to say; an empty one, whether the field may be empty).
  function problem(text) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || "").trim());
    if (!parts) return "";
    var year = Number(parts[1]), month = Number(parts[2]), day = Number(parts[3]);
    var date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12) {  // (STAFF10 M11: « 2026-13-01 » was told to check the day)
      return "Le mois " + parts[2] + " n’existe pas : il va de 01 à 12. Vérifiez le mois (l’ordre est année-mois-jour).";
    }
    if (date.getUTCMonth() !== month - 1) {
      return "Le " + parts[3] + " n’existe pas dans le mois " + parts[2] + " de " + parts[1] + " : vérifiez le jour.";
    }
    var now = new Date(), today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    if (date.getTime() > today.getTime() + 86400000) {
      return "Le " + iso(date) + " est dans le futur (nous sommes le " + iso(today) + ") : cette date dit quand " +
        "c’est arrivé. Une faute de frappe dans l’année ?";
    }
    return "";
  }

  var PastDate = createClass({
    isValid: function () {
      var said = problem(this.props.value);
      return said ? { error: { type: "CUSTOM", message: said } } : true;
    },
    render: function () {
      var props = this.props;
      return h("input", { type: "text", id: props.forID, className: props.classNameWrapper, value: props.value || "",
        inputMode: "numeric", placeholder: "AAAA-MM-JJ",
        onChange: function (event) { props.onChange(event.target.value); },
        onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle });
    },
  });
  var text = CMS.getWidget("string");
  CMS.registerWidget("past_date", PastDate, text && text.preview);
})();
