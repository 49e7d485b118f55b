// An entry's address typed or pasted in the address bar while another entry is open (#/collections/donnees/entries/
// programme): Decap keeps its form and opens the new entry empty, eleven fields « requis » (staff play-test 9 F7; a
// click through the collections unmounts the form first, and loads the entry). The editor is then loaded again at that
// address, and opens the entry as a click would. Unsaved changes are asked about first, by Decap, as for any other
// way out of a form. Loaded after decap-cms.js, before the editor starts.
(function () {
  "use strict";
  var ENTRY = /^#\/collections\/([^/?]+)\/entries\/([^?]+)/;

  function entryOf(url) {
    var hash = String(url).replace(/^[^#]*/, ""), found = ENTRY.exec(hash);
    return found ? found[1] + "/" + found[2] : null;
  }

  window.addEventListener("hashchange", function (event) {
    var before = entryOf(event.oldURL), after = entryOf(event.newURL);
    if (!before || !after || before === after) return;
    // After Decap's own listener, and its question about unsaved changes (« Annuler » takes her back): the address then.
    setTimeout(function () {
      if (entryOf(location.href) === after) location.reload();
    }, 200);
  });
})();
