// A name written the same in French and in English (a partner's « Oxfam-Québec ») does not translate: its language
// field just after it (« Langue du nom », schemas/partners.schema.json) then says, under it, to choose the name's
// language, while it is empty, once she has typed the name (staff play-test 9 F9: the guide asks for it, the form said
// nothing). Saving is not refused: the build accepts the name without it. Loaded after decap-cms.js.
(function () {
  "use strict";
  var NOTE = "data-pcv-name-language", TYPED = "data-pcv-name-typed";
  var SAID = "Ce nom est le même en français et en anglais : il ne se traduit pas. Choisissez ici sa langue, pour que " +
    "les lecteurs d’écran le prononcent bien sur la page de l’autre langue.";

  function control(node) { return node.closest("[class*=ControlContainer]"); }

  function look() {
    document.querySelectorAll("input[id^=lang-field-]").forEach(function (choice) {
      var own = control(choice), name = own && own.previousElementSibling;
      var words = name ? name.querySelectorAll("input[id^=fr-field-], input[id^=en-field-]") : [];
      var same = words.length === 2 && name.hasAttribute(TYPED) && words[0].value.trim() !== "" && words[0].value.trim() === words[1].value.trim();
      var remind = same && !own.querySelector("[class*=-singleValue]");
      var note = own && own.querySelector("[" + NOTE + "]");
      if (remind && !note) {
        note = document.createElement("p");
        note.setAttribute(NOTE, "");
        note.setAttribute("role", "status");
        note.style.cssText = "margin:.3rem 0 0;color:#1f2328;font-size:14px;line-height:1.4";
        note.textContent = SAID;
        own.appendChild(note);
      } else if (!remind && note) {
        note.remove();
      }
    });
  }

  var pending = null;
  function later() { if (!pending) pending = setTimeout(function () { pending = null; look(); }, 60); }
  document.addEventListener("input", function (event) {
    var box = event.target, own = box && box.id && /^(fr|en)-field-/.test(box.id) && control(box);
    var name = own && own.parentElement && control(own.parentElement);  // the name's two languages, together
    if (name) name.setAttribute(TYPED, "");
    later();
  }, true);
  new MutationObserver(later).observe(document.body, { childList: true, subtree: true });
})();
