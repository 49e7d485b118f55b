// Build the programme map data: data/geo/map.json
//
// Regenerate (from the repository root, after `npm ci`):
//
//     node scripts/build_map.mjs
//
// If node_modules is elsewhere, point NODE_PATH at it, e.g.
//     NODE_PATH=/path/to/node_modules node scripts/build_map.mjs
//
// Source: Natural Earth (public domain), as packaged by the npm package
// world-atlas 2.0.2 (TopoJSON), read with topojson-client 3.1.0. Nothing is
// fetched from the network and nothing from here runs in the visitor's browser:
// the site prints the paths as an inline SVG at build time.
//
// What it does:
//   1. reads countries-110m.json (land) and countries-50m.json (the seven
//      programme countries, whose shapes are finer there: Rwanda and Benin are
//      only a few map units wide);
//   2. projects longitude/latitude with the Equal Earth projection (Šavrič,
//      Patterson & Jenny 2018), written out here: no d3 dependency;
//   3. crops to a box around the seven countries (CROP below), clipping each
//      ring to the box;
//   4. scales so the box is WIDTH map units wide, rounds every point to an
//      integer, drops repeated and collinear points and rings too small to see;
//   5. writes one SVG path for the land (all land, drawn under the countries)
//      and one path per programme country, with a point inside the country
//      ("at", for a marker and a leader line) and a label position ("label")
//      chosen by hand so that the West African labels do not collide.

import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const topojson = require("topojson-client");
const atlasPkg = require("world-atlas/package.json");
const world110 = require("world-atlas/countries-110m.json");
const world50 = require("world-atlas/countries-50m.json");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "data", "geo", "map.json");

// Crop box in degrees (west, south, east, north) and the width of the viewBox.
const CROP = { west: -112, south: -36, east: 136, north: 42 };
const LON0 = 12; // central meridian, near the middle of the crop box
const WIDTH = 1000;
const MIN_LAND_AREA = 6; // map units²: smaller islands are dropped
const MIN_COUNTRY_AREA = 1; // keep even small islands of programme countries

// ISO 3166-1 alpha-2 -> numeric (world-atlas ids), with the label placement:
// dx, dy = offset of the label from the country's point, in map units;
// anchor = SVG text-anchor. Only countries with a page get a label, but the
// placement is given for all seven so that the template can decide.
const COUNTRIES = {
  BJ: { id: "204", dx: 5, dy: 97, anchor: "middle" },
  BO: { id: "068", dx: 40, dy: 22, anchor: "start" },
  GT: { id: "320", dx: 28, dy: 28, anchor: "start" },
  SN: { id: "686", dx: -26, dy: -28, anchor: "end" },
  CI: { id: "384", dx: -24, dy: 42, anchor: "end" },
  PH: { id: "608", dx: -30, dy: 58, anchor: "end" },
  RW: { id: "646", dx: 36, dy: 10, anchor: "start" },
};

// --- Equal Earth projection (unit sphere) -----------------------------------
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;
function equalEarth(lon, lat) {
  let l = lon - LON0;
  if (l > 180) l -= 360;
  if (l < -180) l += 360;
  const lambda = l * RAD, phi = lat * RAD;
  const theta = Math.asin(M * Math.sin(phi));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) /
    (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}

// The projected crop box: the west/east edges are taken at the equator (where
// the meridians are furthest apart), the north/south edges along the meridian.
const [x0] = equalEarth(CROP.west, 0);
const [x1] = equalEarth(CROP.east, 0);
const [, yN] = equalEarth(LON0, CROP.north);
const [, yS] = equalEarth(LON0, CROP.south);
const SCALE = WIDTH / (x1 - x0);
const HEIGHT = Math.round((yN - yS) * SCALE);

function project([lon, lat]) {
  const [x, y] = equalEarth(lon, lat);
  return [(x - x0) * SCALE, (yN - y) * SCALE];
}

// --- Clipping (Sutherland–Hodgman against the viewBox, with a margin) ------
const PAD = 4;
const EDGES = [
  [(p) => p[0] >= -PAD, (a, b) => cut(a, b, 0, -PAD)],
  [(p) => p[0] <= WIDTH + PAD, (a, b) => cut(a, b, 0, WIDTH + PAD)],
  [(p) => p[1] >= -PAD, (a, b) => cut(a, b, 1, -PAD)],
  [(p) => p[1] <= HEIGHT + PAD, (a, b) => cut(a, b, 1, HEIGHT + PAD)],
];
function cut(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}
function clip(ring) {
  let out = ring;
  for (const [inside, intersect] of EDGES) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(intersect(prev, cur));
      }
    }
    if (!out.length) break;
  }
  return out;
}

// --- Simplification by rounding ---------------------------------------------
function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i], [bx, by] = ring[(i + 1) % ring.length];
    s += ax * by - bx * ay;
  }
  return s / 2;
}
function simplify(ring) {
  // Round, then drop consecutive duplicates and points on a straight line.
  let pts = ring.map(([x, y]) => [Math.round(x), Math.round(y)]);
  let changed = true;
  while (changed && pts.length > 2) {
    changed = false;
    const out = [];
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i];
      const prev = out.length ? out[out.length - 1] : pts[pts.length - 1];
      const next = pts[(i + 1) % pts.length];
      if (p[0] === prev[0] && p[1] === prev[1]) { changed = true; continue; }
      const cross = (p[0] - prev[0]) * (next[1] - p[1]) - (p[1] - prev[1]) * (next[0] - p[0]);
      if (cross === 0) { changed = true; continue; }
      out.push(p);
    }
    pts = out;
  }
  return pts.length >= 3 ? pts : [];
}

function rings(geometry) {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return geometry.coordinates;
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
  return [];
}

function toRings(geometry, minArea) {
  const out = [];
  for (const ring of rings(geometry)) {
    // GeoJSON rings repeat the first point at the end: drop it.
    const open = ring.slice(0, -1).map(project);
    const clipped = clip(open);
    if (clipped.length < 3) continue;
    const simple = simplify(clipped);
    if (simple.length && Math.abs(area(simple)) >= minArea) out.push(simple);
  }
  return out;
}

// --- SVG path with relative commands ----------------------------------------
function nums(list) {
  // Join numbers: a minus sign separates as well as a space does.
  let s = "";
  for (const n of list) {
    const t = String(n);
    s += s && t[0] !== "-" ? " " + t : t;
  }
  return s;
}
function pathD(ringList) {
  let d = "";
  let cur = [0, 0];
  ringList.forEach((ring, k) => {
    const [sx, sy] = ring[0];
    // The first ring starts absolute; later ones relative to the last start
    // point (after "z" the current point is the start of the closed ring).
    d += k === 0 ? "M" + nums([sx, sy]) : "m" + nums([sx - cur[0], sy - cur[1]]);
    const deltas = [];
    for (let i = 1; i < ring.length; i++) {
      deltas.push(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
    }
    d += "l" + nums(deltas) + "z";
    cur = [sx, sy];
  });
  return d;
}

// The country's point ("at"): the area centroid of its largest ring. For the
// Philippines that would be Luzon, at the northern end; the centre of the
// bounding box of all the islands stands for the whole archipelago better.
function centroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0_, y0_] = ring[i], [x1_, y1_] = ring[(i + 1) % ring.length];
    const f = x0_ * y1_ - x1_ * y0_;
    a += f; cx += (x0_ + x1_) * f; cy += (y0_ + y1_) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}
function anchorPoint(code, ringList) {
  if (code === "PH") {
    const xs = ringList.flat().map((p) => p[0]), ys = ringList.flat().map((p) => p[1]);
    return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  }
  const largest = ringList.reduce((m, r) => (Math.abs(area(r)) > Math.abs(area(m)) ? r : m));
  return centroid(largest);
}

// --- Build -------------------------------------------------------------------
const land = topojson.feature(world110, world110.objects.land);
const landRings = land.features.flatMap((f) => toRings(f.geometry, MIN_LAND_AREA));

const countries50 = topojson.feature(world50, world50.objects.countries).features;
const countries = {};
for (const [code, spec] of Object.entries(COUNTRIES)) {
  const feature = countries50.find((f) => f.id === spec.id);
  if (!feature) throw new Error(`No feature with id ${spec.id} (${code})`);
  const ringList = toRings(feature.geometry, MIN_COUNTRY_AREA);
  if (!ringList.length) throw new Error(`${code} vanished after simplification`);
  const [ax, ay] = anchorPoint(code, ringList).map(Math.round);
  const xs = ringList.flat().map((p) => p[0]), ys = ringList.flat().map((p) => p[1]);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  countries[code] = {
    d: pathD(ringList),
    at: [ax, ay],
    label: [ax + spec.dx, ay + spec.dy],
    anchor: spec.anchor,
    // Largest extent in map units: the template puts a marker on countries
    // too small to see or to tap (below about 20 units).
    size,
  };
}

const data = {
  source: `Natural Earth via world-atlas ${atlasPkg.version} (public domain)`,
  projection: `Equal Earth, central meridian ${LON0}°, crop ${CROP.west}..${CROP.east}° lon, ${CROP.south}..${CROP.north}° lat`,
  viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
  land: pathD(landRings),
  countries,
};

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(data, null, 1) + "\n");
const bytes = Buffer.byteLength(JSON.stringify(data));
console.log(`wrote ${OUT} (${bytes} bytes minified, viewBox ${data.viewBox})`);
for (const [code, c] of Object.entries(countries)) {
  console.log(`  ${code}: ${c.d.length} chars, size ${c.size}, at ${c.at}`);
}
