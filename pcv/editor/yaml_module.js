// Decap's own YAML library (yaml 1.x, the npm package's browser build, served at /admin/yaml/) for data_format.js.
// A module: it runs after the page's other scripts and before start.js (a module too), so before any file is read.
import { YAML } from "./yaml/index.js";

window.pcvYaml = YAML;
