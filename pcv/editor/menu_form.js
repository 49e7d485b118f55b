// « Menu du site », a collection of the web editor: the order of the menu's entries and the names of its sections, in each language,
// as a form (staff play-test 8 F5: reordering the menu or renaming a section meant editing mkdocs.yml by hand on
// GitHub, `nav:` and `nav_translations:` together). The menu stays in mkdocs.yml, its one place: this format reads
// the form from the file's `nav:` and each language's `nav_translations:`, and writes back only those lines, the rest
// of the file kept character for character (its comments too: Decap's own YAML would rewrite the whole file and drop
// them). A menu written by hand in a shape the form cannot show (a comment or a tag inside it, a section within a
// section…) is said above the form, with its line, and never saved over. Mistakes (a section without its English name,
// a page twice, an empty section) are refused before anything is written, in French. The build checks the file again.
// Loaded after decap-cms.js, before the editor starts; its functions are also run by the tests under Node.
(function () {
  "use strict";
  var FORMAT = "pcv_menu";
  var TEXT = "texte_du_fichier";  // the file as read (a hidden field): what the lines around the menu are rebuilt from
  var UNREAD = "menu_illisible";  // why the form cannot show the menu, with its line, or nothing

  // The file's lines without their ends, whether they end in "\n" or "\r\n" (a file saved on Windows), and the end
  // it uses, to write it back with the same.
  function linesOf(text) { return String(text || "").split("\n").map(function (line) { return line.replace(/\r$/, ""); }); }
  function endOf(text) { return /\r\n/.test(String(text || "")) ? "\r\n" : "\n"; }

  function indentOf(line) { return line.length - line.replace(/^ +/, "").length; }
  function blank(line) { return !line.trim(); }

  // A YAML scalar as written on one line (plain, 'single' or "double" quoted), or undefined if it is none of these.
  function scalar(text) {
    text = text.trim();
    if (/^'(?:[^']|'')*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
    if (/^"(?:[^"\\]|\\["\\\/bfnrtu])*"$/.test(text)) {
      try { return JSON.parse(text); } catch (error) { return undefined; }
    }
    if (!text || /^[\[\]{}&*!|>'"%@`#,?-](?:\s|$)|^[\[\]{}&*!|>'"%@`#,]/.test(text) || /\s#|:(\s|$)/.test(text)) return undefined;
    return text;
  }

  // "key: value" or "key:" on one line (the key a scalar), or null.
  function keyValue(text) {
    var match = /^((?:'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"#][^#]*?)):(?:\s+(.*?))?\s*$/.exec(text);
    if (!match) return null;
    var key = scalar(match[1]);
    if (key === undefined) return null;
    if (match[2] === undefined || match[2] === "") return { key: key, value: null };
    var value = scalar(match[2]);
    return value === undefined ? null : { key: key, value: value };
  }

  function comment(line) { return /^\s*#/.test(line); }

  // The end of the lines under line `at` for which `inside` is true: YAML reads on past a blank line and past a
  // comment at any column (red team 20 C1: a « # … » at column 0 between two entries ended the menu there, and the
  // entries after it were neither shown nor written back, only left below the saved menu). The blank lines and
  // comments after its last line belong to what follows.
  function blockEnd(lines, at, inside) {
    var end = at + 1;
    while (end < lines.length && (blank(lines[end]) || comment(lines[end]) || inside(lines[end]))) end += 1;
    while (end > at + 1 && (blank(lines[end - 1]) || comment(lines[end - 1]))) end -= 1;
    return end;
  }

  // A comment inside a block the form rewrites would be lost or moved: said with its line, never saved over.
  function noComment(lines, start, end, what) {
    for (var i = start; i < end; i += 1) {
      if (comment(lines[i])) throw unread(i, lines[i], "un commentaire (« # ») dans " + what + " : ce formulaire " +
        "ne saurait pas le garder à sa place. Retirez-le, ou mettez-le au-dessus de « nav: ».");
    }
  }

  // The lines [start, end) of the block under the top-level key `name` (its own line is start - 1), or null.
  function topBlock(lines, name) {
    var at = lines.findIndex(function (line) { return new RegExp("^" + name + ":\\s*$").test(line); });
    if (at === -1) return null;
    var end = blockEnd(lines, at, function (line) { return /^[ -]/.test(line) && !/^-{3}/.test(line); });
    return { start: at + 1, end: end };
  }

  function unread(number, line, why) {
    return "ligne " + (number + 1) + " (« " + line.trim().slice(0, 60) + " ») : " + why;
  }

  // The menu's entries from the lines of `nav:`: [{type: "page", page}, {type: "section", titre: {<first>: …}, pages}].
  function readNav(lines, block, first) {
    var entries = [], section = null, top = null, inner = null;
    noComment(lines, block.start, block.end, "le menu (« nav: »)");
    for (var i = block.start; i < block.end; i += 1) {
      var line = lines[i];
      if (blank(line)) continue;
      var indent = indentOf(line), item = /^ *- +(.*)$/.exec(line);
      if (!item) throw unread(i, line, "une ligne du menu doit commencer par « - ».");
      if (top === null) top = indent;
      var content = item[1];
      if (indent === top) {
        section = null;
        var path = scalar(content), pair = path === undefined ? keyValue(content) : null;
        if (path !== undefined && /\.md$/.test(path)) {
          entries.push({ type: "page", page: path });
        } else if (pair && pair.value === null) {
          section = { type: "section", titre: {}, pages: [] };
          section.titre[first] = String(pair.key);
          entries.push(section);
          inner = null;
        } else {
          throw unread(i, line, "ce formulaire ne sait montrer que des pages (« - page.md ») et des sections " +
            "(« - Nom de la section: » suivi de ses pages).");
        }
      } else if (section && indent > top) {
        if (inner === null) inner = indent;
        var page = scalar(content);
        if (indent !== inner || page === undefined || !/\.md$/.test(page)) {
          throw unread(i, line, "une section de ce formulaire ne contient que des pages (« - page.md »), " +
            "pas de section dans une section ni de page à un autre titre.");
        }
        section.pages.push(page);
      } else {
        throw unread(i, line, "cette ligne n'est pas alignée sur les autres entrées du menu.");
      }
    }
    return entries;
  }

  // Each language item of `languages:` (`- locale: xx`): its locale, whether it is the default one, the lines of its
  // item and those of its `nav_translations:` block (or null), with its translations.
  // An item of `languages:` written another way (`- name: English` then `locale: en`, red team 20 M1) is said with its
  // line: the form would not see that language, nor write its section names.
  function readLanguages(lines) {
    var found = [], list = lines.findIndex(function (line) { return /^ *languages: *$/.test(line); });
    if (list !== -1) {
      var under = indentOf(lines[list]), listEnd = blockEnd(lines, list, function (line) { return indentOf(line) > under; });
      var items = null;
      for (var n = list + 1; n < listEnd; n += 1) {
        if (blank(lines[n]) || comment(lines[n])) continue;
        if (items === null) items = indentOf(lines[n]);
        if (indentOf(lines[n]) === items && !/^ *- +locale: *([A-Za-z_-]+) *$/.test(lines[n])) {
          throw unread(n, lines[n], "chaque langue de « languages: » doit commencer par sa ligne « - locale: … » " +
            "(par exemple « - locale: en », puis ses autres lignes dessous) : ce formulaire ne lit que celles-là.");
        }
      }
    }
    lines.forEach(function (line, i) {
      var match = /^( *)- +locale: *([A-Za-z_-]+) *$/.exec(line);
      if (!match) return;
      var dash = match[1].length, keys = line.indexOf("locale:");
      var end = blockEnd(lines, i, function (line) { return indentOf(line) > dash; });
      var language = { locale: match[2], isDefault: false, keys: keys, start: i, end: end, translations: null, block: null };
      for (var j = i + 1; j < end; j += 1) {
        if (indentOf(lines[j]) !== keys) continue;
        if (/^ *default: *(true|True|yes) *$/.test(lines[j])) language.isDefault = true;
        if (/^ *nav_translations:/.test(lines[j])) {
          if (!/^ *nav_translations: *$/.test(lines[j])) throw unread(j, lines[j], "écrivez chaque traduction sur sa ligne, sous « nav_translations: ».");
          var k = Math.min(blockEnd(lines, j, function (line) { return indentOf(line) > keys; }), end), translations = {};
          noComment(lines, j + 1, k, "les noms traduits du menu (« nav_translations: »)");
          for (var t = j + 1; t < k; t += 1) {
            if (!blank(lines[t])) {
              var pair = keyValue(lines[t].trim());
              if (!pair || pair.value === null) throw unread(t, lines[t], "une traduction s'écrit « Nom en français: Nom traduit ».");
              translations[String(pair.key)] = String(pair.value);
            }
          }
          language.translations = translations;
          language.block = { start: j, end: k };
        }
      }
      found.push(language);
    });
    if (found.length && !found.some(function (l) { return l.isDefault; })) found[0].isDefault = true;
    return found;
  }

  // The form's data from mkdocs.yml's text.
  function read(text) {
    var data = {};
    data[TEXT] = text;
    data[UNREAD] = "";
    data.entrees = [];
    var lines = linesOf(text);
    try {
      var block = topBlock(lines, "nav");
      if (!block) throw "le fichier n'a pas de menu (« nav: »).";
      var languages = readLanguages(lines), first = (languages.filter(function (l) { return l.isDefault; })[0] || {}).locale;
      if (!first) throw "les langues du site (« - locale: … ») ne sont pas dans ce fichier.";
      data.entrees = readNav(lines, block, first);
      data.entrees.forEach(function (entry) {
        if (entry.type !== "section") return;
        languages.forEach(function (language) {
          if (!language.isDefault) entry.titre[language.locale] = (language.translations || {})[entry.titre[first]] || "";
        });
      });
    } catch (why) {
      if (typeof why !== "string") throw why;
      data[UNREAD] = "mkdocs.yml, " + why;
      data.entrees = [];
    }
    return data;
  }

  var YAML_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

  // `value` as YAML writes it on one line: plain when it reads back the same, else between double quotes.
  function written(value) {
    value = String(value);
    // (« .inf », « -.Inf », « .NaN » are numbers to YAML, « = » and « << » other types: red team 20 M2)
    var plain = value === value.trim() && value !== "" && !YAML_WORDS.test(value) && !/^[-+.]?[0-9]|^[-+]?\.|^=|^<</.test(value) &&
      scalar(value) === value && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value);
    return plain ? value : JSON.stringify(value);
  }

  // What is wrong with the form's menu, in French (nothing to write then), or [].
  function problems(data) {
    if (data[UNREAD]) return [data[UNREAD] + " Corrigez ou modifiez le menu sur GitHub (CONTRIBUTING.md, partie 4), " +
      "puis rouvrez ce formulaire : ce qu'il enregistrerait remplacerait le menu du fichier."];
    var found = [], seen = {}, titles = {};
    var languages = readLanguages(linesOf(data[TEXT]));
    (data.entrees || []).forEach(function (entry, index) {
      var where = "Entrée n° " + (index + 1);
      if (entry.type === "section") {
        var titre = entry.titre || {};
        languages.forEach(function (language) {
          var name = (titre[language.locale] || "").trim();
          if (!name) found.push(where + " (section « " + ((titre[languages[0].locale] || "").trim() || "sans nom") +
            " ») : son nom en " + (LANGUAGE_WORDS[language.locale] || language.locale) + " est vide. Écrivez-le : " +
            "le menu des pages en " + (LANGUAGE_WORDS[language.locale] || language.locale) + " le montre.");
        });
        var named = (titre[languages[0].locale] || "").trim() || "sans nom";
        named = named.length > 60 ? named.slice(0, 60) + "…" : named;
        languages.forEach(function (language) {
          var name = (titre[language.locale] || "").trim(), words = LANGUAGE_WORDS[language.locale] || language.locale;
          var raw = RAW.exec(name);
          if (name.length > LONGEST) found.push(where + " (section « " + named + " ») : son nom en " + words +
            " est trop long (" + String(name.length).replace(/\B(?=(\d{3})+$)/g, "\u00a0") + " caractères, au plus " +
            LONGEST + "). Raccourcissez-le.");
          else if (raw) found.push(where + " (section « " + named + " ») : « " + raw[0] + " » n'est pas permis dans " +
            "son nom en " + words + " : ce nom est repris dans le code de chaque page. " + ((RAW_INSTEAD[raw[0]] || {})[language.locale] || "Retirez-le."));
        });
        var first = (titre[(languages.filter(function (l) { return l.isDefault; })[0] || {}).locale] || "").trim();
        if (first && titles[first]) found.push(where + " : deux sections s'appellent « " + first + " » (entrées n° " +
          titles[first] + " et " + (index + 1) + ") ; donnez-leur deux noms différents.");
        if (first) titles[first] = index + 1;
        if (!(entry.pages || []).length) found.push(where + " (section « " + (first || "sans nom") +
          " ») : elle n'a aucune page. Ajoutez-lui une page, ou supprimez-la.");
      }
      if (entry.type !== "section" && !entry.page) found.push(where + " : aucune page n'est choisie. Choisissez-la " +
        "dans la liste, ou supprimez cette entrée (la croix à droite de sa barre).");
      if (entry.type === "section" && (entry.pages || []).some(function (page) { return !page; })) {
        found.push(where + " (section « " + ((entry.titre || {})[languages[0].locale] || "sans nom") + " ») : une de " +
          "ses pages n'est pas choisie. Choisissez-la dans la liste, ou supprimez-la (la croix à droite de sa barre).");
      }
      (entry.type === "section" ? entry.pages || [] : [entry.page]).forEach(function (page) {
        if (!page) return;
        if (seen[page]) found.push(where + " : la page « " + page + " » est déjà dans le menu (entrée n° " + seen[page] +
          ") ; une page n'y est qu'une fois. Retirez-la de l'une des deux entrées.");
        else seen[page] = index + 1;
      });
    });
    return found;
  }
  var LANGUAGE_WORDS = { fr: "français", en: "anglais", es: "espagnol", pt: "portugais" };
  // What the build refuses in a section's name, in any language (pcv/checks/config_allowlist.py: _RAW, and STAFF's
  // limit of nav_translations, whose keys are the first language's names): said before anything is written, not
  // after the file is committed (red team 20 M2).
  var RAW = /[<>"&`{}]/, LONGEST = 80;
  // What to write instead, in the name's own language (STAFF10 M15: an English name was told to write « et »).
  var RAW_INSTEAD = { "&": { fr: "Écrivez « et ».", en: "Écrivez « and »." },
    "\"": { fr: "Pour citer, utilisez « … ».", en: "Pour citer, utilisez “…”." } };

  // mkdocs.yml's text with its menu and each other language's section names as in the form, every other line as read.
  function write(data) {
    var text = String(data[TEXT] || ""), lines = linesOf(text);
    var wrong = problems(data);
    if (wrong.length) throw new Error(wrong.join(" "));
    var block = topBlock(lines, "nav"), languages = readLanguages(lines);
    var first = languages.filter(function (l) { return l.isDefault; })[0].locale;
    var nav = [];
    (data.entrees || []).forEach(function (entry) {
      if (entry.type === "section") {
        nav.push("  - " + written(entry.titre[first].trim()) + ":");
        entry.pages.filter(Boolean).forEach(function (page) { nav.push("      - " + written(page)); });
      } else if (entry.page) {
        nav.push("  - " + written(entry.page));
      }
    });
    // From the end of the file up, so that each block's lines are still where they were read.
    var edits = [{ start: block.start, end: block.end, lines: nav }];
    languages.forEach(function (language) {
      if (language.isDefault) return;
      var sections = (data.entrees || []).filter(function (e) { return e.type === "section"; });
      var pad = new Array(language.keys + 3).join(" ");
      var translations = sections.map(function (e) {
        return pad + written(e.titre[first].trim()) + ": " + written(e.titre[language.locale].trim());
      });
      var head = new Array(language.keys + 1).join(" ") + "nav_translations:";
      if (language.block) edits.push({ start: language.block.start, end: language.block.end, lines: sections.length ? [head].concat(translations) : [] });
      else if (sections.length) edits.push({ start: language.end, end: language.end, lines: [head].concat(translations) });
    });
    edits.sort(function (a, b) { return b.start - a.start; });
    edits.forEach(function (edit) { lines.splice.apply(lines, [edit.start, edit.end - edit.start].concat(edit.lines)); });
    return lines.join(endOf(text));
  }

  var api = { read: read, write: write, problems: problems, FORMAT: FORMAT, TEXT: TEXT, UNREAD: UNREAD };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  var CMS = typeof window !== "undefined" && window.CMS, createClass = CMS && window.createClass, h = CMS && window.h;
  if (!CMS || !createClass || !h) return;

  CMS.registerCustomFormat(FORMAT, "yml", {
    fromFile: function (text) { return read(text); },
    toFile: function (data) { return write(data && data.toJS ? data.toJS() : data); },
  });

  // Saving is refused, with what to correct, before anything is written: in Decap's red notice, and in a box at the top
  // of the window that stays until she types again (french.js's box, under an id of its own: Decap checks no field
  // inside a list of pages and sections, so the message about refused fields, french.js, cannot say it).
  var BLOCKED = "pcv-menu-blocked";
  function sayBlocked(text) { window.pcvRefusalBox(BLOCKED, text); }  // (french.js, loaded before)
  document.addEventListener("input", function () { sayBlocked(""); }, true);
  CMS.registerEventListener({ name: "preSave", handler: function (event) {
    if (!event.entry || event.entry.get("path") !== "mkdocs.yml") return;
    var data = event.entry.get("data"), wrong = problems(data && data.toJS ? data.toJS() : data || {});
    var text = wrong.length ? "Rien n’est enregistré : " + wrong.join(" ") + " Corrigez, puis cliquez de nouveau sur Publier." : "";
    sayBlocked(text);
    if (!text) return;
    var error = new Error(text);
    error.toString = function () { return text; };  // Decap's notice shows it as is, without « Error: »
    refusedAt = Date.now();
    throw error;
  } });
  // Decap then rejects a promise that nobody awaits, which the browser reports as a script error: said above, it is
  // not one (as french.js does for a refused field).
  var refusedAt = 0;
  window.addEventListener("unhandledrejection", function (event) {
    if (Date.now() - refusedAt < 3000) event.preventDefault();
  });

  // The first field of the form: why the menu cannot be shown (with its line), above the form; nothing otherwise (its
  // label hidden too).
  function showField(node, shown) {
    var field = node && node.closest("[class*=ControlContainer]");
    if (field) field.style.display = shown ? "" : "none";
  }
  var MenuGuard = createClass({
    componentDidMount: function () { showField(this.node, Boolean(this.props.value)); },
    componentDidUpdate: function () { showField(this.node, Boolean(this.props.value)); },
    isValid: function () {
      var why = this.props.value;
      return why ? { error: { type: "CUSTOM", message: problems({ menu_illisible: why })[0] } } : true;
    },
    render: function () {
      var self = this, why = this.props.value, ref = function (node) { self.node = node; };
      if (!why) return h("div", { ref: ref, "data-pcv-menu-read": "" });
      return h("p", { ref: ref, role: "alert", "data-pcv-menu-unread": "", style: {
        margin: 0, padding: ".7rem 1rem", background: "#fff4f4", borderLeft: "4px solid var(--pcv-brand, #1f2328)",
        color: "#1f2328", fontSize: "15px", lineHeight: "1.45" } }, problems({ menu_illisible: why })[0]);
    },
  });
  CMS.registerWidget("menu_guard", MenuGuard);

  // The entries' list (and a section's pages) with « Monter » and « Descendre » on each item's bar, beside Decap's
  // handle: an entry is moved by a click or from the keyboard, not only by dragging it (which a touchpad, a
  // trembling hand or a screen reader makes hard).
  var List = CMS.getWidget("list");
  var MOVES = [["up", "↑", "Monter", -1], ["down", "↓", "Descendre", 1]];
  function ownItems(first) {
    return Array.prototype.filter.call(first.parentElement.children, function (child) {
      return /SortableListItem/.test(String(child.className));
    });
  }
  // Each button named after its entry as the form shows it (« Monter « Accueil (index.md) » »).
  function labelMoves() {
    document.querySelectorAll("[data-pcv-move]").forEach(function (button) {
      var item = button.closest("[class*=SortableListItem]");
      var name = ((item && item.querySelector("[class*=NestedObjectLabel]")) || {}).textContent || "";
      var move = MOVES.filter(function (each) { return each[0] === button.getAttribute("data-pcv-move"); })[0];
      var label = move[2] + (name.trim() ? " « " + name.trim() + " »" : " cette entrée");
      if (button.getAttribute("aria-label") !== label) {
        button.setAttribute("aria-label", label);
        button.title = label;
      }
    });
  }
  var MenuList = createClass({
    shouldComponentUpdate: function (next, nextState) {
      var inner = this.inner;
      return inner && inner.shouldComponentUpdate ? inner.shouldComponentUpdate(next, nextState) : true;
    },
    isValid: function () { return this.inner && this.inner.isValid ? this.inner.isValid() : true; },
    componentDidMount: function () { this.place(); },
    componentDidUpdate: function () { this.place(); },
    move: function (item, step) {
      var items = ownItems(item), from = items.indexOf(item), value = this.props.value;
      if (from === -1 || !value || !value.get || from + step < 0 || from + step >= value.size) return;
      var moved = value.get(from);
      this.props.onChange(value.delete(from).insert(from + step, moved));
      var self = this;
      setTimeout(function () {  // the same button of the item where it went, so that a second press moves it again
        var first = self.node && self.node.querySelector("[class*=SortableListItem]");
        var there = first && ownItems(first)[from + step];
        var again = there && there.querySelector("[data-pcv-move=" + (step < 0 ? "up" : "down") + "]");
        if (again && !again.disabled) again.focus();
        else if (there) (there.querySelector("[data-pcv-move]:not([disabled])") || there).focus();
      }, 60);
    },
    place: function () {
      var self = this, first = this.node && this.node.querySelector("[class*=SortableListItem]");
      if (!first) return;
      var items = ownItems(first);
      items.forEach(function (item, index) {
        var bar = item.querySelector("[class*=TopBar]");
        if (!bar) return;
        var group = bar.querySelector("[data-pcv-moves]");
        if (!group) {
          group = document.createElement("span");
          group.setAttribute("data-pcv-moves", "");
          MOVES.forEach(function (move) {
            var button = document.createElement("button");
            button.type = "button";
            button.setAttribute("data-pcv-move", move[0]);
            button.textContent = move[1];
            button.style.cssText = "font:inherit;font-size:18px;line-height:1;padding:4px 10px;border:0;" +
              "background:none;color:inherit;cursor:pointer";
            button.addEventListener("click", function (event) {
              event.preventDefault();
              event.stopPropagation();
              self.move(item, move[3]);
            });
            group.appendChild(button);
          });
          var handle = bar.querySelector("[aria-roledescription]");
          bar.insertBefore(group, handle ? handle.nextSibling : null);
        }
        MOVES.forEach(function (move) {
          var button = group.querySelector("[data-pcv-move=" + move[0] + "]");
          button.disabled = move[3] < 0 ? index === 0 : index === items.length - 1;
          button.style.opacity = button.disabled ? ".3" : "";
        });
      });
      labelMoves();
    },
    render: function () {
      var self = this;
      return h("div", { ref: function (node) { self.node = node; } },
        h(List.control, Object.assign({}, this.props, { ref: function (inner) { self.inner = inner; } })));
    },
  });
  if (List) CMS.registerWidget("menu_list", MenuList, List.preview, List.schema);

  // A folded entry is named by its page's title, as the list to choose from names it (« Accueil (index.md) »), not by
  // its file alone (menu_pages.json, written with the editor by pcv/editor/admin.py).
  var titles = {};
  function named() {
    document.querySelectorAll("[class*=NestedObjectLabel]").forEach(function (label) {
      var node = label.childNodes.length === 1 && label.firstChild.nodeType === 3 ? label.firstChild : null;
      var title = node && titles[node.nodeValue];
      if (title && node.nodeValue !== title) node.nodeValue = title;
    });
    labelMoves();
  }
  var pending = null;
  new MutationObserver(function () {
    if (!pending) pending = setTimeout(function () { pending = null; named(); }, 30);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  fetch("menu_pages.json", { cache: "no-store" }).then(function (r) { return r.ok ? r.json() : {}; })
    .then(function (found) { titles = found || {}; named(); }).catch(function () {});
})();
