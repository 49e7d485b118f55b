// Signs a person cannot see, left by Word, a PDF or an e-mail in what is pasted (a zero-width space, a byte order
// mark, a direction mark, Word's optional hyphens), are taken out where she pastes, in every field of the editor: the
// build would refuse most of them, and she could neither see nor find them (staff play-test 8 F2: a zero-width space
// pasted from Word in « Nos aspirations »). What is taken out shows nothing, so nothing she sees is lost. On « Publier »,
// the same signs already in the first language's fields (typed, or left by an earlier paste) are taken out too, except
// the soft hyphen, which the build accepts when written on purpose. A file changed on GitHub still gets the build's
// message, at its line. The class is the build's (pcv/invisible_signs.py), narrowed below: controls and format signs
// (Cc, Cf, Cs), Default_Ignorable_Code_Point, Variation_Selector and the blank Braille pattern; kept: tab and line ends,
// the zero-width joiner (it joins emoji: a woman farmer), the zero-width non-joiner, every variation selector, and the
// tag letters of a flag (below: each may change what is seen, red team 20 C2).
// Loaded after decap-cms.js, before the editor starts; its function is also run by the tests under Node.
(function () {
  "use strict";
  // The build's class but for signs a font may draw or a browser may not know yet: private use (Word's symbol-font
  // bullets), unassigned, line and paragraph separators (a paste makes these line breaks: `breaks`), and the marks of
  // Arabic and Syriac numbers. Those stay, and the build says where they are.
  var SIGNS = /[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Variation_Selector}\u2800]/gu;
  // Also kept, as signs that may change what is seen (red team 20 C2): the zero-width non-joiner U+200C (Persian
  // « می‌خواهم », Hindi « क्‌ष » are other spellings without it) and every variation selector (a Mongolian letter's
  // form, a Chinese character's variant, an emoji's presentation). The build accepts them where they act, and says
  // at its line one left elsewhere (pcv/invisible_signs.py).
  var KEPT = /^[\t\n\r\u00ad\u200c\u200d\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}\u180b-\u180f\p{Variation_Selector}]$/u;
  // A flag written as a black flag and tag letters (England « 🏴󠁧󠁢󠁥󠁮󠁧󠁿 », Scotland): its tags are kept; tags elsewhere
  // carry hidden text, and go.
  var FLAG_TAGS = /\u{1f3f4}[\u{e0020}-\u{e007f}]+/gu;

  // `text` without the signs no one sees; the soft hyphen too when `pasted` (Word's optional hyphens).
  function clean(text, pasted) {
    var flags = [];  // [start, end) of the tags of each flag, in UTF-16 units
    String(text).replace(FLAG_TAGS, function (found, at) { flags.push([at + 2, at + found.length]); return found; });
    return String(text).replace(SIGNS, function (sign, at) {
      if (sign === "\u00ad") return pasted ? "" : sign;
      if (KEPT.test(sign)) return sign;
      if (flags.some(function (flag) { return at >= flag[0] && at < flag[1]; })) return sign;
      return "";
    });
  }

  // Word's line and paragraph separators (U+2028, U+2029: a line broken with Maj+Entrée), which the build refuses and
  // no one can see: in a paste, a line break and a paragraph break, as she saw them (staff play-test 9 F5); a space in
  // a field of one line. A file changed on GitHub still gets the build's message, at its line.
  function breaks(text, oneLine) {
    return String(text).replace(/\u2029/g, oneLine ? " " : "\n\n").replace(/\u2028/g, oneLine ? " " : "\n");
  }

  var api = { clean: clean, breaks: breaks };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  var CMS = typeof window !== "undefined" && window.CMS;
  if (!CMS) return;

  // A paste into a text field: the cleaned text inserted instead, as typing would (the field's undo keeps it).
  document.addEventListener("paste", function (event) {
    var target = event.target, data = event.clipboardData;
    if (!data || !target || !/^(INPUT|TEXTAREA)$/.test(target.tagName) || target.readOnly) return;
    var text = data.getData("text/plain");
    var cleaned = breaks(clean(text, true), target.tagName === "INPUT");
    if (cleaned === text) return;
    event.preventDefault();
    document.execCommand("insertText", false, cleaned);
  }, true);

  // Typed, not pasted (a keyboard's shortcut, an input method): taken out as they come, in every column (STAFF11: a
  // zero-width space typed in the English column, which « Publier » below leaves as it is, was refused only by the
  // build). The field's own setter writes its text, so that the form reads it without them; the cursor stays put.
  document.addEventListener("input", function (event) {
    var target = event.target;
    if (!target || target.readOnly || !(target.tagName === "TEXTAREA" ||
        target.tagName === "INPUT" && /^(text|search|url|email|tel)$/.test(target.type))) return;
    var value = target.value, kept = clean(value, false);
    if (kept === value) return;
    var caret = clean(value.slice(0, target.selectionStart), false).length;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), "value").set.call(target, kept);
    target.setSelectionRange(caret, caret);
  }, true);

  // On « Publier »: the first language's fields without those signs (the menu's form keeps its file's text as read).
  function cleaned(value) {
    if (typeof value === "string") return clean(value, false);
    if (value && typeof value.map === "function" && (value.toJS || Array.isArray(value))) return value.map(cleaned);
    return value;
  }
  CMS.registerEventListener({ name: "preSave", handler: function (event) {
    if (!event.entry || event.entry.get("path") === "mkdocs.yml") return undefined;
    return cleaned(event.entry.get("data"));
  } });
})();
