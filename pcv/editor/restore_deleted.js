// « Rétablir » after « Supprimer l'entrée », in the editor opened from this computer (make editor): a box at the top
// names the files just deleted (a page: both languages) and writes them back on a click (decap-server keeps them while
// the editor runs: deleted_files.js), then reloads the editor, which lists the entry again. Asked again when the editor
// is opened or reloaded, so a reload does not lose the way back. Online, GitHub keeps every version (the dialog says
// so: french.js); this script does nothing there.
(function () {
  "use strict";
  if (!/^(127\.0\.0\.1|localhost|\[::1\])$/.test(location.hostname) || !window.fetch) return;
  var send = window.fetch.bind(window);
  var backend = null;  // decap-server's address, from the editor's first request to it
  var box = null;

  function ask(action) {
    return send(backend, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: action, params: {} }) }).then(function (r) { return r.ok ? r.json() : null; });
  }

  // The editor's own top bar (fixed) and the page move down under the box, never hidden by it.
  function room() {
    var space = box && box.isConnected ? box.offsetHeight + "px" : "";
    document.body.style.paddingTop = space;
    document.querySelectorAll("header").forEach(function (bar) { bar.style.top = space; });
  }
  window.addEventListener("resize", function () { room(); });

  function say(paths) {
    if (box) box.remove();
    box = null;
    room();
    if (!paths || !paths.length) return;
    box = document.createElement("div");
    box.setAttribute("role", "status");
    box.setAttribute("data-pcv-deleted", "");
    box.style.cssText = "position:fixed;z-index:10001;left:0;right:0;top:0;padding:.5rem 1rem;background:#fff4f4;" +
      "border-bottom:4px solid var(--pcv-brand, #1f2328);font:15px/1.45 system-ui,sans-serif;color:#1f2328";
    var text = document.createElement("span");
    text.textContent = "Supprimé : " + paths.join(", ") + ". Une erreur ? ";
    var back = document.createElement("button");
    back.type = "button";
    back.textContent = "Rétablir";
    back.style.cssText = "font:inherit;font-weight:700;min-height:44px;padding:0 1rem;margin-right:.5rem;cursor:pointer";
    back.addEventListener("click", function () {
      back.disabled = true;
      ask("pcvRestore").then(function (answer) {
        var restored = (answer && answer.restored) || [];
        text.textContent = restored.length ? "Rétabli : " + restored.join(", ") + ". L’éditeur se recharge…" :
          "Rien à rétablir : un fichier du même nom existe déjà.";
        back.remove();
        room();
        if (restored.length) setTimeout(function () { location.reload(); }, 1200);
      }).catch(function () { back.disabled = false; });
    });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Fermer";
    close.style.cssText = back.style.cssText.replace("font-weight:700;", "");
    close.addEventListener("click", function () { say([]); });
    box.appendChild(text);
    box.appendChild(back);
    box.appendChild(close);
    document.body.appendChild(box);
    room();
  }

  function actionOf(init) {
    try {
      return JSON.parse(init && typeof init.body === "string" ? init.body : "{}").action;
    } catch (error) {
      return null;
    }
  }

  window.fetch = function (input, init) {
    var action = actionOf(init), answer = send(input, init);
    if (!action) return answer;
    var first = !backend;
    backend = backend || String(input && input.url || input);
    if (first) ask("pcvDeleted").then(function (kept) { say(kept && kept.paths); }).catch(function () {});
    if (action !== "deleteFile" && action !== "deleteFiles") return answer;
    return answer.then(function (response) {
      if (response.ok) ask("pcvDeleted").then(function (kept) { say(kept && kept.paths); }).catch(function () {});
      return response;
    });
  };
})();
