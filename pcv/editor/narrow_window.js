// The editor in a window narrower than Decap's 800 px (a phone, 390 px): Decap's top bar kept its 800 px and cut off
// « Publier » (staff play-test 9 F8). In such a window the bar fits it, on two rows: the way back and the entry's
// state, then « Publier » and « Supprimer l'entrée »; below it, the form fits the window too. Loaded after
// decap-cms.js, before the editor starts.
(function () {
  "use strict";
  var style = document.createElement("style");
  style.textContent = "@media (max-width: 799px) {" +
    "[class*=-EditorContainer] { min-width: 0 !important; padding-top: 0 !important; display: flex; flex-direction: column; }" +
    "[class*=-EditorContainer] > :not([class*=-ToolbarContainer]) { flex: 1 1 auto; min-height: 0; width: 100%; overflow-x: auto; }" +
    // The columns (French, English; or the form and its preview) one under the other, each the window's width, and
    // the round buttons (other language, preview, scrolling together) in a row above them, never over a field's
    // right edge (staff play-test 10 at 390 px: they covered it, and « Remplir depuis l'autre langue » was cut off).
    "[class*=-Editor] .SplitPane { position: static !important; flex-direction: column !important; height: auto !important; }" +
    "[class*=-Editor] .SplitPane > .Pane { width: 100% !important; flex: none !important; }" +
    "[class*=-Editor] .SplitPane > .Resizer { display: none; }" +
    "[class*=-Editor] .SplitPane > .Pane + .Resizer + .Pane { border-top: 1px solid rgba(31, 35, 40, .15); }" +
    "[class*=-ViewControls] { position: static !important; display: flex !important; flex-direction: row !important; " +
    "justify-content: flex-end; gap: 8px; padding: 8px 10px 0; }" +
    "[class*=-ViewControls] > * { margin: 0 !important; }" +
    "[class*=-LocaleRowWrapper] { flex-wrap: wrap; gap: 8px; }" +
    "[class*=-LocaleRowWrapper] > * { margin: 0 !important; }" +
    "[class*=-ControlPaneContainer], [class*=-PreviewPaneContainer] { height: auto !important; overflow: visible !important; }" +
    "[class*=-PreviewPaneContainer] iframe { height: 85vh !important; }" +
    "[class*=-ToolbarContainer] { position: relative !important; flex: none; min-width: 0 !important; height: auto !important; flex-wrap: wrap; }" +
    "[class*=-ToolbarContainer] > * { height: auto !important; min-height: 56px; }" +
    "[class*=-ToolbarSectionBackLink] { flex: 1 1 0; min-width: 0; padding: 8px 12px !important; }" +
    "[class*=-ToolbarSectionMain] { order: 3; flex: 1 1 100% !important; padding: 8px 10px !important; " +
    "border-top: 1px solid rgba(31, 35, 40, .15); flex-wrap: wrap; gap: 8px; }" +
    "}";
  document.head.appendChild(style);
})();
