// « Données du site », the web editor's format of the data files (data/*.yaml): a save changes only the lines of what
// was changed (STAFF12 M-d: one text changed in « Textes de l'interface » rewrote and reordered the whole of
// data/strings.yaml, once someone had written it by hand, so that reviewers could not see the change). The file is
// read as Decap's own YAML format reads it; on saving, Decap's own writing of the whole file is made, then each
// first-level key whose value did not change keeps its lines as the file had them, in the file's order; a key whose
// value changed takes Decap's lines for it, where it was; a new key goes after the one the form shows before it. A file
// whose first-level keys cannot be told apart by their lines is written as Decap writes it. Inside a value, an
// object's keys follow the order the file gives objects with those keys (a name's French, then its English). The
// text read is kept in the entry under a key of its own (READ), which no form shows and which is never written.
// Loaded after decap-cms.js, before the editor starts; the YAML library is Decap's own (yaml 1.x, served at
// /admin/yaml/, loaded by yaml_module.js); its functions are also run by the tests under Node.
(function () {
  "use strict";
  var FORMAT = "pcv_yaml";
  var READ = "pcv_texte_lu";

  // Decap's timestamps (decap-cms-core formats/yaml.js): read as dates, written back as they were.
  var timestampTag = {
    identify: function (value) { return value instanceof Date; },
    default: true,
    tag: "!timestamp",
    test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
    resolve: function (text) { return new Date(text); },
    stringify: function (value) { return value.toISOString(); },
  };

  function made(YAML) {
    // As Decap's YAML format reads a file (a slip throws: Decap then opens the form empty, file_guard.js says so).
    function parse(text) {
      if (text && text.trim().endsWith("---")) text = text.trim().slice(0, -3);
      var doc = YAML.parseDocument(text, { customTags: [timestampTag], prettyErrors: true });
      if (doc.errors.length > 0) throw new Error("YAML parsing error:\n" + doc.errors.map(function (e) { return e.message; }).join("\n"));
      return doc.toJSON();
    }

    // As Decap's YAML format writes data: its first-level keys in the order of the form's fields.
    function decapText(data, sortedKeys, comments) {
      var contents = YAML.createNode(data);
      (contents.items || []).forEach(function (item) {
        var key = item.key !== undefined && item.key !== null ? item.key.toString() : "";
        if (comments && comments[key]) item.commentBefore = " " + comments[key].split("\\n").join("\n ");
      });
      (contents.items || []).sort(function (a, b) {
        var ia = sortedKeys.indexOf(a.key && a.key.toString()), ib = sortedKeys.indexOf(b.key && b.key.toString());
        return ia === -1 || ib === -1 ? 0 : ia - ib;
      });
      quoteTabs(contents);
      var doc = new YAML.Document();
      doc.contents = contents;
      return doc.toString();
    }

    // A text holding a tab written between double quotes ("a\tb"): yaml 1.x writes it unquoted, which the build's
    // YAML reader (PyYAML) refuses as a tab out of place (red team 24).
    function quoteTabs(node) {
      if (node && node.items) node.items.forEach(function (item) { quoteTabs(item && "key" in item ? item.value : item); });
      else if (node && typeof node.value === "string" && node.value.indexOf("\t") !== -1) node.type = "QUOTE_DOUBLE";
    }

    function canonical(value) {
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
      if (value && typeof value === "object") {
        return "{" + Object.keys(value).sort().map(function (k) { return JSON.stringify(k) + ":" + canonical(value[k]); }).join(",") + "}";
      }
      return JSON.stringify(value === undefined ? null : value);
    }

    // The lines of `text` as its first-level keys' parts: {head: lines before the first key, parts: [{key, value,
    // lines}]}, each part from its key's line to the next key's; or null when the parts do not read, one by one, as
    // the whole file reads (a key over several lines, a map written on one line…).
    function split(text) {
      var lines = String(text).replace(/\r?\n$/, "").split(/\r?\n/), head = [], parts = [];
      lines.forEach(function (line) {
        if (/^[^\s#\-]|^-[^\s-]/.test(line) && !/^\.\.\.(\s|$)/.test(line)) parts.push({ lines: [line] });
        else if (parts.length) parts[parts.length - 1].lines.push(line);
        else head.push(line);
      });
      var whole, seen = {};
      try {
        whole = parse(text);
        if (!whole || typeof whole !== "object" || Array.isArray(whole)) return null;
        for (var i = 0; i < parts.length; i += 1) {
          var one = parse(parts[i].lines.join("\n") + "\n"), keys = one && typeof one === "object" ? Object.keys(one) : [];
          if (Array.isArray(one) || keys.length !== 1 || seen[keys[0]]) return null;
          seen[keys[0]] = true;
          parts[i].key = keys[0];
          parts[i].value = one[keys[0]];
        }
      } catch (error) {
        return null;
      }
      if (Object.keys(whole).length !== parts.length || !parts.every(function (p) { return canonical(p.value) === canonical(whole[p.key]); })) return null;
      return { head: head, parts: parts };
    }

    // Every object's keys in `value`, in their order: how the file orders them.
    function shapes(value, found) {
      if (Array.isArray(value)) value.forEach(function (item) { shapes(item, found); });
      else if (value && typeof value === "object" && !(value instanceof Date)) {
        found.push(Object.keys(value));
        Object.keys(value).forEach(function (key) { shapes(value[key], found); });
      }
      return found;
    }

    // `value` with each object's keys in the order of the file's first object that has them all: a partner's name
    // typed English first is written French first, as the others (STAFF12: « en: » above « fr: » in the saved file).
    function ordered(value, known) {
      if (Array.isArray(value)) return value.map(function (item) { return ordered(item, known); });
      if (!value || typeof value !== "object" || value instanceof Date) return value;
      var keys = Object.keys(value), model = known.filter(function (shape) {
        return keys.every(function (key) { return shape.indexOf(key) !== -1; });
      })[0];
      if (model) keys.sort(function (a, b) { return model.indexOf(a) - model.indexOf(b); });
      var copy = {};
      keys.forEach(function (key) { copy[key] = ordered(value[key], known); });
      return copy;
    }

    // The blank lines and comments that end a part: they stay where they were when its value is rewritten.
    function tail(lines) {
      var at = lines.length;
      while (at > 1 && (!lines[at - 1].trim() || /^\s*#/.test(lines[at - 1]))) at -= 1;
      return lines.slice(at);
    }

    function fromFile(text) {
      var data = parse(text);
      if (data && typeof data === "object" && !Array.isArray(data)) data[READ] = String(text);
      return data;
    }

    function toFile(data, sortedKeys, comments) {
      var read;
      if (data && typeof data === "object" && !Array.isArray(data) && READ in data) {
        read = data[READ];
        data = Object.assign({}, data);
        delete data[READ];
      }
      var before = typeof read === "string" ? split(read) : null;
      if (before) {
        var known = shapes(before.parts.map(function (part) { return part.value; }), []);
        data = Object.assign({}, data);
        Object.keys(data).forEach(function (key) { data[key] = ordered(data[key], known); });
      }
      var written = decapText(data, sortedKeys || [], comments || {});
      if (typeof read !== "string") return written;
      var after = split(written);
      if (!before || !after) return written;
      var mine = {};
      after.parts.forEach(function (part) { mine[part.key] = part; });
      var parts = before.parts.filter(function (part) { return part.key in mine; }).map(function (part) {
        var kept = canonical(part.value) === canonical(mine[part.key].value);
        return { key: part.key, lines: kept ? part.lines : mine[part.key].lines.concat(tail(part.lines)) };
      });
      after.parts.forEach(function (part, index) {
        if (parts.some(function (p) { return p.key === part.key; })) return;
        var previous = index === 0 ? -1 : parts.findIndex(function (p) { return p.key === after.parts[index - 1].key; });
        parts.splice(previous + 1, 0, part);
      });
      var eol = /\r\n/.test(read) ? "\r\n" : "\n", lines = before.head.slice();
      parts.forEach(function (part) { lines = lines.concat(part.lines); });
      return lines.join(eol) + (/\n$/.test(read) || !read ? eol : "");
    }

    return { fromFile: fromFile, toFile: toFile, written: decapText };
  }

  var api = { FORMAT: FORMAT, READ: READ, made: made };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
    return;
  }
  var CMS = typeof window !== "undefined" && window.CMS;
  if (!CMS) return;
  // The library is read when a file is, long after the page has loaded (yaml_module.js runs before start.js).
  function format() { return made(window.pcvYaml); }
  CMS.registerCustomFormat(FORMAT, "yaml", {
    fromFile: function (text) { return format().fromFile(text); },
    toFile: function (data, sortedKeys, comments) { return format().toFile(data, sortedKeys, comments); },
  });
})();
