// An entry's address typed or pasted in the address bar while another entry is open (#/collections/donnees/entries/
// programme): Decap keeps its form and opens the new entry empty, eleven fields « requis » (staff play-test 9 F7; a
// click goes through the collection, which closes the form, and loads the entry). The same way is taken here: to the
// entry's collection, then back to the entry, which opens filled in. Unsaved changes are asked about first, by Decap,
// as for any other way out of a form; the form is then closed without asking again. Loaded after decap-cms.js.
(function () {
  "use strict";
  var ENTRY = /^#\/collections\/([^/?]+)\/entries\/([^?]+)/;

  function entryOf(url) {
    var found = ENTRY.exec(String(url).replace(/^[^#]*/, ""));
    return found ? found[1] + "/" + found[2] : null;
  }

  // Decap's question about unsaved changes, answered « Annuler »: she stays in her form, and the address bar says so.
  var stayed = 0;
  var ask = window.confirm;
  window.confirm = function (text) {
    var leave = ask.call(window, text);
    if (!leave) stayed = Date.now();
    return leave;
  };

  window.addEventListener("hashchange", function (event) {
    var before = entryOf(event.oldURL), after = entryOf(event.newURL);
    if (!before || !after || before === after || Date.now() - stayed < 1000) return;
    setTimeout(function () {  // after Decap's own listener, and its question
      if (Date.now() - stayed < 1000) {
        history.replaceState(history.state, "", event.oldURL);
        return;
      }
      var target = location.hash;
      if (entryOf(location.href) !== after) return;
      location.replace(target.replace(/\/entries\/.*$/, ""));
      setTimeout(function () { location.replace(target); }, 100);
    }, 200);
  });
})();
