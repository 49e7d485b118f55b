// A file the site does not publish is refused as soon as it is chosen in « Insérer une photo » or the « Photos » tab,
// in French, in the window where it was chosen (staff play-test 9 F3: an iPhone's HEIC photo vanished from the window
// without a word, was still written on « Publier », and the build then refused it). The photo types the build takes
// are its own (pcv/checks/docs_files.py: PHOTO_SUFFIXES, PHONE_PHOTO_SUFFIXES), written by pcv/editor/admin.py on the
// page's <html> as data-photos and data-phone-photos. The choice is stopped before Decap sees it: nothing is kept.
// A photo larger than the check takes (STAFF12 H1: a 63-megapixel phone photo was saved, then refused) is refused too,
// in the check's words (data-photo-too-large, with its limits data-photo-limits: pcv/pages/photo_types.py): the choice
// is held while the browser reads the photo's size, then handed to Decap again if it fits.
// Loaded before decap-cms.js, so that its listener comes first.
(function () {
  "use strict";
  var root = document.documentElement;
  function suffixes(name) { return (root.getAttribute(name) || "").split(" ").filter(Boolean); }
  var accepted = suffixes("data-photos"), phone = suffixes("data-phone-photos");
  var limits = suffixes("data-photo-limits").map(Number), tooLarge = root.getAttribute("data-photo-too-large") || "";
  var sized = new WeakSet();  // the inputs whose photos were measured and fit: their next change goes to Decap
  if (!accepted.length) return;

  function suffixOf(name) {
    var dot = name.lastIndexOf(".");
    return dot > 0 ? name.slice(dot).toLowerCase() : "";
  }

  function sentence(file) {
    var suffix = suffixOf(file.name);
    var start = "« " + file.name + " » n’a pas été ajoutée : le site ne publie que les photos " + accepted.join(", ") +
      (suffix ? ", pas les fichiers « " + suffix + " »." : ".");
    if (phone.indexOf(suffix) >= 0) {
      return start + " C’est une photo d’iPhone (HEIC) : enregistrez-la en JPEG (sur l’iPhone : Réglages, " +
        "Appareil photo, Formats, « Le plus compatible », ou exportez-la en JPEG), puis téléversez le JPEG.";
    }
    return start + " Ouvrez-la dans un logiciel d’images, enregistrez-la en JPEG ou en PNG, puis téléversez-la.";
  }

  function say(input, text) {
    var old = document.querySelector("[data-pcv-photo-refused]");
    if (old) old.remove();
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("data-pcv-photo-refused", "");
    box.style.cssText = "position:fixed;top:1rem;left:50%;transform:translateX(-50%);z-index:2147483647;" +
      "max-width:40rem;padding:.7rem 1rem;background:#fff4f4;border-left:4px solid var(--pcv-brand, #1f2328);" +
      "color:#1f2328;font-size:15px;line-height:1.45;box-shadow:0 2px 8px rgba(0,0,0,.25)";
    var words = document.createElement("p");
    words.style.margin = "0 0 .5rem";
    words.textContent = text;
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Fermer";
    close.addEventListener("click", function () { box.remove(); });
    box.appendChild(words);
    box.appendChild(close);
    document.body.appendChild(box);
  }

  // The photo's width and height, read by the browser from its header, or null if it cannot read it.
  function size(file) {
    return new Promise(function (resolve) {
      var image = new Image(), address = URL.createObjectURL(file);
      image.onload = function () { URL.revokeObjectURL(address); resolve([image.naturalWidth, image.naturalHeight]); };
      image.onerror = function () { URL.revokeObjectURL(address); resolve(null); };
      image.src = address;
    });
  }

  function overLimit(dimensions) {
    return dimensions && (Math.max(dimensions[0], dimensions[1]) > limits[0] ||
      dimensions[0] * dimensions[1] > limits[1]);
  }

  function measure(input) {
    var files = Array.prototype.slice.call(input.files);
    Promise.all(files.map(size)).then(function (sizes) {
      var large = files.map(function (file, i) {
        return overLimit(sizes[i]) ? "« " + file.name + " » n’a pas été ajoutée : " +
          tooLarge.replace("{width}", sizes[i][0]).replace("{height}", sizes[i][1]) + ", puis téléversez-la." : "";
      }).filter(Boolean);
      if (large.length) {
        input.value = "";
        say(input, large.join(" "));
        return;
      }
      sized.add(input);
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  window.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.tagName !== "INPUT" || input.type !== "file" || !input.files) return;
    if (sized.has(input)) {  // measured: Decap's turn
      sized.delete(input);
      return;
    }
    var refused = Array.prototype.filter.call(input.files, function (file) {
      return accepted.indexOf(suffixOf(file.name)) < 0;
    });
    if (!refused.length) {
      var old = document.querySelector("[data-pcv-photo-refused]");
      if (old) old.remove();
      if (!limits.length || !input.files.length) return;
      event.stopImmediatePropagation();
      measure(input);
      return;
    }
    event.stopImmediatePropagation();
    event.preventDefault();
    input.value = "";  // nothing is uploaded, and the same file can be chosen again once converted
    say(input, refused.map(sentence).join(" "));
  }, true);
})();
