// An item added to a list of the web editor (« Ajouter organisation », « Ajouter pays »…) is brought into sight, its
// first field ready to type in: Decap adds it at the end of the list, which may be far below the button (staff
// play-test 5: a partner added under ten others, out of sight). Loaded after decap-cms.js.
(function () {
  "use strict";

  // The list whose top bar holds `node`: the element whose first child is that bar.
  function listOf(node) {
    for (var up = node.parentElement; up; up = up.parentElement) {
      var bar = up.firstElementChild;
      if (bar && /TopBarContainer/.test(String(bar.className))) return up;
    }
    return null;
  }

  function ownItems(list) {
    return Array.prototype.filter.call(list.querySelectorAll("[class*=SortableListItem]"), function (item) {
      return listOf(item) === list;
    });
  }

  function bringLastItem(list, count) {
    var items = ownItems(list);
    if (items.length <= count) return false;  // not drawn yet
    var item = items[items.length - 1];
    item.scrollIntoView({ block: "center" });
    var field = item.querySelector("input:not([type=hidden]):not([type=checkbox]), textarea");
    if (field) field.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[class*=AddButton]");
    var list = button && listOf(button);
    if (!list) return;
    var count = ownItems(list).length;
    var tries = 0;
    (function look() {
      if (!bringLastItem(list, count) && ++tries < 20) setTimeout(look, 50);
    })();
  }, true);
})();
