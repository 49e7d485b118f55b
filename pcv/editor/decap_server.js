// decap-server (MODE=fs: it reads and writes this project's files) answering the web editor of this machine only
// (started by pcv/editor/local.py). decap-server alone answers any request that reaches 127.0.0.1:PORT, whatever
// host it names: a page elsewhere whose address is re-pointed at 127.0.0.1 (DNS rebinding) could then write
// hooks/ or read any file. Here a request is refused before decap-server reads it unless
// - it names this server (Host 127.0.0.1:PORT or localhost:PORT),
// - it comes from the editor's page (Origin ORIGIN) or from no page at all (no Origin), and
// - every file it names is in docs/ or data/, the only folders the editor's forms write.
"use strict";
const express = require("express");
const { registerLocalFs } = require("decap-server/dist/middlewares");

const port = Number(process.env.PORT);
const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
const FOLDERS = ["docs", "data"];
const PATH_KEYS = new Set(["path", "newPath", "folder", "mediaFolder", "paths"]);

function outsideFolders(value, key) {
  if (Array.isArray(value)) return value.some((item) => outsideFolders(item, key));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([name, item]) => outsideFolders(item, name));
  }
  if (!PATH_KEYS.has(key)) return false;
  const path = String(value);
  const parts = path.replace(/^\/+/, "").split("/");  // a leading "/" is refused by decap-server
  return path.includes("\\") || !FOLDERS.includes(parts[0]) || parts.some((part) => part === ".." || part === ".git");
}

function refuse(response, reason) {
  response.status(403).json({ error: `refusé : ${reason}` });
}

const app = express();
app.use((request, response, next) => {
  const origin = request.get("Origin");
  if (!hosts.has((request.get("Host") || "").toLowerCase())) return refuse(response, "hôte inconnu");
  if (origin !== undefined && origin !== process.env.ORIGIN) return refuse(response, "page d'un autre site");
  return next();
});
app.use(express.json({ limit: "50mb" }));
app.use((request, response, next) => {
  if (request.body && outsideFolders(request.body.params, "")) return refuse(response, "fichier hors de docs/ et data/");
  return next();
});
registerLocalFs(app, { logLevel: process.env.LOG_LEVEL || "info" }).then(() => {
  app.listen(port, "127.0.0.1", () => console.log(`decap-server : 127.0.0.1:${port}, pour ${process.env.ORIGIN}`));
});
