// What the photo library says of an upload, in its window (« Photos »), under its buttons:
// - Opened from a page (« Insérer une photo »), a photo is kept with the page and written when it is published; from
//   the « Photos » tab at the top, Decap writes it at once, used by no page (staff play-test 9 F4: a photo left in the
//   repository by a page never saved; online, written straight to the site's branch, past the pull request). There
//   the upload is refused, with where to add a photo; choosing and deleting the photos already there still work.
// - A photo's name as the site keeps it, when it is not an address's (staff play-test 9 F9: IMG_4521.JPG became
//   img_4521.jpg without a word, and she could not find it in the window): the file is renamed before Decap reads it
//   as the check advises a name (pcv/checks/files.py: lower case, no accents, words joined by « - »; STAFF11 H6:
//   Decap's own renaming made « img-4521-1-.jpg » of « IMG 4521 (1).jpg »), and the window says its new name.
// Loaded before decap-cms.js, so that its listeners come before Decap's.
(function () {
  "use strict";
  var NOTE = "data-pcv-photo-note";
  var OUTSIDE = "Ajoutez une photo depuis sa page : ouvrez la page, cliquez dans son texte, puis sur « Insérer une " +
    "photo » ; elle est alors enregistrée avec la page, quand vous cliquez sur Publier. Ici, elle serait enregistrée " +
    "tout de suite, sans page qui la montre. Cette fenêtre sert à retrouver ou à supprimer une photo.";

  function inEntry() {
    return /^#\/collections\/[^/]+\/(entries\/|new)/.test(location.hash);
  }

  // The words of `text`, lower-case, without accents, ligatures spelled out (pcv/checks/files.py's _words).
  function words(text) {
    return text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "").match(/[a-z0-9]+/g) || [];
  }

  // The file's name as the site keeps it: « IMG_4521 (1).JPG » -> « img-4521-1.jpg ».
  function storedName(name) {
    var dot = name.lastIndexOf("."), stem = dot > 0 ? name.slice(0, dot) : name;
    var suffix = dot > 0 ? name.slice(dot + 1) : "";
    return words(stem).join("-") + (dot > 0 ? "." + words(suffix).join("") : "");
  }

  function say(text, alert) {
    var old = document.querySelector("[" + NOTE + "]");
    if (old) old.remove();
    var top = document.querySelector("[class*=-LibraryTop]");
    if (!text || !top) return;
    var note = document.createElement("p");
    note.setAttribute(NOTE, "");
    note.setAttribute("role", alert ? "alert" : "status");
    note.style.cssText = "margin:.6rem 0 0;padding:.5rem .8rem;border-left:4px solid var(--pcv-brand, #1f2328);" +
      "background:" + (alert ? "#fff4f4" : "#fff") + ";color:#1f2328;font-size:15px;line-height:1.45;text-align:left";
    note.textContent = text;
    top.appendChild(note);
  }

  window.addEventListener("click", function (event) {
    var upload = event.target && event.target.closest && event.target.closest("[class*=-UploadButton]");
    if (!upload || inEntry()) return;
    event.preventDefault();
    event.stopPropagation();
    say(OUTSIDE, true);
  }, true);

  window.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.tagName !== "INPUT" || input.type !== "file" || !input.files) return;
    if (!inEntry()) {
      event.stopImmediatePropagation();
      event.preventDefault();
      input.value = "";
      say(OUTSIDE, true);
      return;
    }
    var files = Array.prototype.slice.call(input.files);
    var renamed = files.filter(function (file) { return storedName(file.name) !== file.name; })
      .map(function (file) { return "« " + file.name + " » s’appelle « " + storedName(file.name) + " »"; });
    if (renamed.length && window.DataTransfer) {  // what Decap reads next, in this same event
      var named = new DataTransfer();
      files.forEach(function (file) {
        named.items.add(new File([file], storedName(file.name), { type: file.type, lastModified: file.lastModified }));
      });
      input.files = named.files;
    }
    say(renamed.length ? renamed.join(", ") + " dans le site (les noms de fichiers y sont en minuscules, sans " +
      "accents ni espaces) : c’est le nom que montrent cette fenêtre et le texte de la page." : "", false);
  }, true);
})();
