// « Rétablir » after « Supprimer l'entrée », on this computer (make editor): decap-server deletes an entry's files (a
// page: both languages) and the editor had no way back (staff play-test 10: GitHub Desktop or a terminal only). The
// files of the last deletion are kept here, in memory while `make editor` runs, each at the path decap_server.js let
// it delete from (docs/ or data/); the action « pcvDeleted » names them, « pcvRestore » writes them back, where no file
// has taken their place since (restore_deleted.js, in the editor's page). Nothing is kept once the editor is stopped.
"use strict";
const fs = require("fs");
const nodePath = require("path");

module.exports = function keepDeleted(app, root, outside) {
  let kept = [];  // [{ path, bytes }]
  const place = (path) => nodePath.join(root, path);
  app.use((request, response, next) => {
    const body = request.body || {}, params = body.params || {};
    if (body.action === "deleteFile" || body.action === "deleteFiles") {
      const paths = (body.action === "deleteFile" ? [params.path] : params.paths || []).map((path) => String(path));
      const files = paths.filter((path) => !outside(path) && fs.statSync(place(path), { throwIfNoEntry: false })?.isFile());
      if (files.length) kept = files.map((path) => ({ path, bytes: fs.readFileSync(place(path)) }));
      return next();
    }
    // (answered before decap-server's own handlers, which add this header: the origin is the editor's, decap_server.js)
    const answer = (json) => response.set("Access-Control-Allow-Origin", request.get("Origin") || "*").json(json);
    if (body.action === "pcvDeleted") return answer({ paths: kept.map((file) => file.path) });
    if (body.action !== "pcvRestore") return next();
    const restored = kept.filter((file) => !outside(file.path) && !fs.existsSync(place(file.path)));
    restored.forEach((file) => {
      fs.mkdirSync(nodePath.dirname(place(file.path)), { recursive: true });
      fs.writeFileSync(place(file.path), file.bytes);
    });
    kept = [];
    return answer({ restored: restored.map((file) => file.path) });
  });
};
