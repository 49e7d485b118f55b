// decap-server (MODE=fs: it reads and writes this project's files) answering the web editor of this machine only
// (started by pcv/editor/local.py). decap-server alone answers any request that reaches 127.0.0.1:PORT, whatever
// host it names: a page elsewhere whose address is re-pointed at 127.0.0.1 (DNS rebinding) could then write
// hooks/ or read any file. Here a request is refused before decap-server reads it unless
// - it names this server (Host 127.0.0.1:PORT or localhost:PORT),
// - it comes from the editor's page (Origin ORIGIN) or from no page at all (no Origin), and
// - every file it names is in docs/ or data/, the only folders the editor's forms write, once every symbolic link
//   on its way is followed (a link docs/x -> ../hooks, pulled with a commit, would let a save write hooks/), and
//   an entry is renamed only within its folder (decap-server then moves the folder's other files too),
// - or it reads mkdocs.yml, or writes it with nothing changed but its menu (« Menu du site », menu_form.js: `nav:`
//   and each language's `nav_translations:`), so that no setting of the engine is changed from here.
"use strict";
const fs = require("fs");
const nodePath = require("path");
const express = require("express");
const { registerLocalFs } = require("decap-server/dist/middlewares");
const YAML = require("yaml");

const port = Number(process.env.PORT);
const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
const FOLDERS = ["docs", "data"];
const PATH_KEYS = new Set(["path", "newPath", "folder", "mediaFolder", "paths"]);

const MENU_FILE = "mkdocs.yml";
const MENU_ACTIONS = new Set(["entriesByFiles", "getEntry", "persistEntry"]);

function menuFile(path) {
  const root = fs.realpathSync(process.env.GIT_REPO_DIRECTORY || process.cwd());
  return String(path) === MENU_FILE && resolved(MENU_FILE) === nodePath.join(root, MENU_FILE);
}

// mkdocs.yml's settings without its menu: what a save from the editor must leave as it was.
function withoutMenu(text) {
  const settings = YAML.parse(text, { logLevel: "silent" });
  if (settings === null || typeof settings !== "object") return settings;
  delete settings.nav;
  const languages = (((settings.plugins || {}).i18n || {}).languages);
  if (Array.isArray(languages)) languages.forEach((language) => { if (language) delete language.nav_translations; });
  return settings;
}

function onlyMenuChanged(raw) {
  try {
    const root = process.env.GIT_REPO_DIRECTORY || process.cwd();
    const before = fs.readFileSync(nodePath.join(root, MENU_FILE), "utf8");
    return JSON.stringify(withoutMenu(before)) === JSON.stringify(withoutMenu(String(raw)));
  } catch (error) {
    return false;
  }
}

function namesMenuFile(value, key) {
  if (Array.isArray(value)) return value.some((item) => namesMenuFile(item, key));
  if (value !== null && typeof value === "object") return Object.entries(value).some(([name, item]) => namesMenuFile(item, name));
  return PATH_KEYS.has(key) && String(value).replace(/^\/+/, "") === MENU_FILE;
}

function outsideFolders(value, key) {
  if (Array.isArray(value)) return value.some((item) => outsideFolders(item, key));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([name, item]) => outsideFolders(item, name));
  }
  if (!PATH_KEYS.has(key)) return false;
  const path = String(value);
  if (menuFile(path.replace(/^\/+/, ""))) return false;  // allowed for some actions only: below
  const parts = path.replace(/^\/+/, "").split("/");  // a leading "/" is refused by decap-server
  return path.includes("\\") || !FOLDERS.includes(parts[0]) || parts.some((part) => part === ".." || part === ".git")
    || !FOLDERS.some((folder) => within(resolved(parts.join("/")), resolved(folder)));
}

// Where `path` (in the project) leads once the symbolic links of its existing part are followed, as decap-server
// resolves it before it writes.
function resolved(path) {
  const root = fs.realpathSync(process.env.GIT_REPO_DIRECTORY || process.cwd());
  let place = nodePath.resolve(root, path);
  const rest = [];
  for (;;) {
    try {
      fs.lstatSync(place);
      return nodePath.join(fs.realpathSync(place), ...rest);
    } catch (error) {
      if (error.code !== "ENOENT" || place === root) return nodePath.join(root, "\0");  // a dangling link: nowhere
      rest.unshift(nodePath.basename(place));
      place = nodePath.dirname(place);
    }
  }
}

function within(path, folder) {
  return path === folder || path.startsWith(folder + nodePath.sep);
}

function movedAway(entry) {
  return entry && entry.newPath !== undefined && nodePath.posix.dirname(String(entry.newPath)) !== nodePath.posix.dirname(String(entry.path));
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
  const params = (request.body && request.body.params) || {};
  const files = [params.entry, ...(Array.isArray(params.dataFiles) ? params.dataFiles : [])].filter(Boolean);
  if (namesMenuFile(params, "")) {
    if (!MENU_ACTIONS.has(request.body.action)) return refuse(response, "mkdocs.yml ne se change ici que par son menu");
    if (request.body.action === "persistEntry" && (Array.isArray(params.assets) && params.assets.length ||
        files.some((file) => menuFile(String(file.path).replace(/^\/+/, "")) && !onlyMenuChanged(file.raw)))) {
      return refuse(response, "seul le menu de mkdocs.yml s'enregistre depuis l'éditeur");
    }
  }
  if ([params.entry, ...(Array.isArray(params.dataFiles) ? params.dataFiles : [])].some(movedAway)) {
    return refuse(response, "une page ne change pas de dossier");
  }
  return next();
});
// A page whose front matter was left open (its closing « --- » erased) is shown to the editor closed after its first
// lines up to a blank one, if they read as fields (the rule of pcv/pages/markdown.py, open_front_matter_end): the
// editor then shows its title, description and text, and saving it writes the missing line. The file is not touched
// until then. CLOSED, first line of the text, tells the text's field (page_text.js) to say so, and to take it
// away: the page then differs from the file, and « Publier » saves it.
const READS = new Set(["entriesByFolder", "entriesByFiles", "getEntry"]);
const FENCE = /^(-{3}|\.{3})[ \t]*$/;
const CLOSED = "<!-- pcv: en-tête fermé par l'éditeur -->";

function closedFrontMatter(text) {
  const lines = text.split("\n");
  if (!/^-{3}[ \t]*$/.test(lines[0]) || lines.slice(1).some((line) => FENCE.test(line))) return text;
  let end = lines.findIndex((line, number) => number > 0 && !line.trim());
  if (end === -1) end = lines.length;
  try {
    const fields = YAML.parse(lines.slice(1, end).join("\n"));
    if (fields === null || typeof fields !== "object" || Array.isArray(fields)) return text;
  } catch (error) {
    return text;
  }
  return [...lines.slice(0, end), "---", CLOSED, ...lines.slice(end)].join("\n");
}

function shownClosed(entry) {
  const page = entry && entry.file && /\.md$/.test(entry.file.path) && typeof entry.data === "string";
  return page ? { ...entry, data: closedFrontMatter(entry.data) } : entry;
}

app.use((request, response, next) => {
  if (!READS.has(request.body && request.body.action)) return next();
  const send = response.json.bind(response);
  const shown = (entry) => shownClosed(shownPending(entry));
  response.json = (body) => send(Array.isArray(body) ? body.map(shown) : shown(body));
  return next();
});
// A page's column left empty in the editor (a new page filled in French only) is sent as an empty text, which
// decap-server would write as an empty file: the check then says it has no header, and the editor reads it back as
// unreadable and refuses to save it (staff play-test 8 F1). Such a page is written, and an empty page file already
// there is shown, as the translation pending of CONTRIBUTING.md part 5 (the site shows the other language's version
// with a notice): its form opens with « Traduction en attente » set, to fill in and publish.
const PENDING_PAGE = "---\ntranslation: pending\n---\n";  // pcv.pages.front_matter.PENDING

function emptyPage(file) {
  return Boolean(file) && typeof file.path === "string" && /^docs\/.*\.md$/.test(file.path.replace(/^\/+/, ""))
    && typeof file.raw === "string" && !file.raw.split("\n").some((line) => line.trim() && !FENCE.test(line));
}

// A field of a page's header cleared in the editor (« Place dans le menu » emptied with its ✕) is written by Decap as
// `menu_after: null`, which the build reads as no field: the line is left out, not kept as noise (staff play-test 8 F7).
const CLEARED = /^[A-Za-z_][\w-]*:[ \t]*null[ \t]*$/;

function withoutCleared(raw) {
  const lines = raw.split("\n");
  if (!/^-{3}[ \t]*$/.test(lines[0])) return raw;
  const end = lines.findIndex((line, number) => number > 0 && FENCE.test(line));
  if (end === -1) return raw;
  return [lines[0], ...lines.slice(1, end).filter((line) => !CLEARED.test(line)), ...lines.slice(end)].join("\n");
}

app.use((request, response, next) => {
  const params = request.body && request.body.action === "persistEntry" && request.body.params;
  if (params) {
    [params.entry, ...(Array.isArray(params.dataFiles) ? params.dataFiles : [])].forEach((file) => {
      if (!file || typeof file.raw !== "string" || !/^docs\/.*\.md$/.test(String(file.path).replace(/^\/+/, ""))) return;
      file.raw = withoutCleared(file.raw);
      if (emptyPage(file)) file.raw = PENDING_PAGE;
    });
  }
  return next();
});

function shownPending(entry) {
  const empty = entry && entry.file && typeof entry.data === "string" && emptyPage({ path: entry.file.path, raw: entry.data });
  return empty ? { ...entry, data: PENDING_PAGE } : entry;
}

// The files of the last « Supprimer l'entrée », kept for « Rétablir » (deleted_files.js).
require("./deleted_files.js")(app, fs.realpathSync(process.env.GIT_REPO_DIRECTORY || process.cwd()),
  (path) => outsideFolders({ path }, ""));

registerLocalFs(app, { logLevel: process.env.LOG_LEVEL || "info" }).then(() => {
  app.listen(port, "127.0.0.1", () => console.log(`decap-server : 127.0.0.1:${port}, pour ${process.env.ORIGIN}`));
});
