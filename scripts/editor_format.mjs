// Saves a file as Decap CMS 3 (the web editor) writes it: parsed, then serialised
// with the same libraries and steps as decap-cms-core's src/formats/yaml.ts and
// frontmatter.ts (yaml 1.x, gray-matter): comments dropped, quoting normalised,
// long texts folded at 80 columns, top-level keys in the order of the form's fields.
//
// Usage: node scripts/editor_format.mjs DATA_FORMAT FILE KEY... [-- FILE KEY...]...   (KEY: the form's field names,
// in order; DATA_FORMAT: pcv/editor/data_format.js, the web editor's data format, whose way of writing is used)
// Rewrites each FILE in place (a .md file's front matter and body, or a .yaml data file), in the order given:
// several files in one run, as Node's start costs more than a file (~0.1 CPU s each, 40 to 50 files a run).
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import matter from "gray-matter";
import yaml from "yaml";

const [dataFormat, ...args] = process.argv.slice(2);
const jobs = [[]];
for (const arg of args) {
  if (arg === "--") jobs.push([]);
  else jobs[jobs.length - 1].push(arg);
}
if (!dataFormat || jobs.some((job) => job.length === 0)) {
  console.error("usage: node scripts/editor_format.mjs DATA_FORMAT FILE KEY... [-- FILE KEY...]...");
  process.exit(2);
}

// Decap's writing of a whole file, as the web editor's data format does it (key order, quoting of tabs).
const { written } = createRequire(import.meta.url)(dataFormat).made(yaml);

function fromYaml(text) {
  const doc = yaml.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join("\n"));
  return doc.toJSON();
}

async function save(file, sortedKeys) {
  const engines = { yaml: { parse: fromYaml, stringify: (data) => written(data, sortedKeys) } };
  const text = await readFile(file, "utf8");
  let saved;
  if (file.endsWith(".md")) {
    const { data, content } = matter(text, { engines, language: "yaml", delimiters: "---" });  // options: no cache
    const body = content.trim() ? content : "";
    saved = matter.stringify(body, data, { engines, language: "yaml", delimiters: "---" });
    if (body.slice(-1) !== "\n" && saved.slice(-1) === "\n") saved = saved.slice(0, -1);
  } else {
    saved = written(fromYaml(text), sortedKeys);
  }
  await writeFile(file, saved);
}

for (const [file, ...sortedKeys] of jobs) await save(file, sortedKeys);
