// Build the world map data: data/geo/map.json
//
// Regenerate (from the repository root, after `npm ci`):
//
//     node scripts/build_map.mjs
//
// Source: Natural Earth (public domain), as packaged by the npm package
// world-atlas 2.0.2 (TopoJSON), read with topojson-client 3.1.0. Nothing is
// fetched from the network and nothing from here runs in the visitor's browser:
// the build prints, into each page, only the shapes inside that page's frame.
//
// What it writes: one shape for every ISO 3166-1 country that Natural Earth
// draws, so that any country data/countries.yaml may hold can be put on the
// map, keyed by its ISO 3166-1 numeric code (world-atlas's ids; the site maps
// the alpha-2 codes of the data to them with pycountry). For each:
//   d    SVG path (integer map units, relative commands); "" when the country
//        is smaller than a map unit: the site then draws a marker at "at";
//   at   a point on the country (marker, leader line);
//   box  [x0, y0, x1, y1] of its main territory (overseas parts far from it
//        left out), from which a page's frame is computed.
// Shapes without an ISO code (Kosovo, Somaliland…) go to "land", drawn as
// plain land. The site places the labels.
//
// How: countries-50m (countries-10m for the few it lacks), projected with the
// Equal Earth projection (Šavrič, Patterson & Jenny 2018, written out here: no
// d3 dependency) centred on Greenwich (Natural Earth already cuts its shapes
// at ±180°), scaled to WIDTH units for the whole world, rounded to integers,
// with repeated and collinear points and rings too small to see dropped.
// Territories that Natural Earth draws inside another country's shape
// (French Guiana in France's, Svalbard in Norway's…) are cut out by PARTS.

import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const topojson = require("topojson-client");
const atlasPkg = require("world-atlas/package.json");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "data", "geo", "map.json");

const WIDTH = 2000; // map units across the whole world (1 unit ≈ 0.18° at the equator)
const COARSE = 4; // the world-wide frames' shapes: map units of COARSE units
const MIN_RING_AREA = 3; // map units²: smaller islands are dropped (the country keeps its point)
const SMOOTHING = 0.5; // Douglas–Peucker tolerance, in units of the path
const NEAR = 3; // a ring belongs to the main territory within NEAR × the largest ring's extent

// ISO 3166-1 numeric -> [parent feature (id or name), lon/lat box of its rings].
const PARTS = {
  "254": ["250", [-55, 1, -51, 6.5]], // French Guiana
  "312": ["250", [-62, 15.8, -61, 16.6]], // Guadeloupe
  "474": ["250", [-61.3, 14.3, -60.7, 15]], // Martinique
  "638": ["250", [55, -21.5, 56, -20.8]], // Réunion
  "175": ["250", [44.9, -13.1, 45.4, -12.6]], // Mayotte
  "744": ["578", [-10, 70, 35, 81]], // Svalbard and Jan Mayen
  "074": ["578", [3, -55, 4, -54]], // Bouvet Island
  "535": ["528", [-69, 12, -62.9, 17.7]], // Bonaire, Sint Eustatius and Saba
  "772": ["554", [-173, -10, -171, -8]], // Tokelau
  "166": ["Indian Ocean Ter.", [96, -13, 97.5, -11.5]], // Cocos (Keeling) Islands
  "162": ["Indian Ocean Ter.", [105, -11, 106, -10]], // Christmas Island
};

// --- Equal Earth projection (unit sphere) -----------------------------------
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;
function equalEarth(lon, lat) {
  const lambda = lon * RAD, phi = lat * RAD;
  const theta = Math.asin(M * Math.sin(phi));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) /
    (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}

const [xWest] = equalEarth(-180, 0);
const [xEast] = equalEarth(180, 0);
const [, yNorth] = equalEarth(0, 90);
const SCALE = WIDTH / (xEast - xWest);
const HEIGHT = Math.round(2 * yNorth * SCALE);

function project([lon, lat]) {
  const [x, y] = equalEarth(lon, lat);
  return [(x - xWest) * SCALE, (yNorth - y) * SCALE];
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
// Douglas–Peucker: the fewest points of `line` (open) within `tolerance` of it.
function douglasPeucker(line, tolerance) {
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = line[first], [bx, by] = line[last];
    const length = Math.hypot(bx - ax, by - ay) || 1;
    let farthest = -1, distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = Math.abs((bx - ax) * (ay - line[i][1]) - (ax - line[i][0]) * (by - ay)) / length;
      if (d > distance) { farthest = i; distance = d; }
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}
function simplify(ring, unit = 1) {
  // Douglas–Peucker within SMOOTHING units (smooth diagonals rather than steps), round to the unit,
  // then drop consecutive duplicates and points on a straight line.
  const half = Math.floor(ring.length / 2);
  const thinned = ring.length > 8
    ? [...douglasPeucker(ring.slice(0, half + 1), SMOOTHING * unit).slice(0, -1),
      ...douglasPeucker([...ring.slice(half), ring[0]], SMOOTHING * unit).slice(0, -1)]
    : ring;
  let pts = thinned.map(([x, y]) => [Math.round(x / unit), Math.round(y / unit)]);
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

// The outer rings of a geometry, projected (GeoJSON repeats the first point at the end: dropped).
// Holes (lakes, enclaves such as Lesotho) are left out: the enclave draws itself on top.
function outerRings(polygons) {
  return polygons.map((polygon) => eastOfTheAntimeridian(polygon[0].slice(0, -1)).map(project));
}
// A small ring on both sides of the 180° meridian (Fiji's, Chukotka's: seam points at -180° and
// 180°) would be drawn as a strip across the whole world: its western points go past 180° instead.
// A ring that spans the world once so moved (Antarctica's, around the pole) stays as it is.
function eastOfTheAntimeridian(ring) {
  const span = (points) => Math.max(...points.map(([lon]) => lon)) - Math.min(...points.map(([lon]) => lon));
  if (span(ring) <= 180) return ring;
  const moved = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
  return span(moved) <= 180 ? moved : ring;
}
function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
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

// --- Where a country is ------------------------------------------------------
function bounds(points) {
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
function centroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i], [x1, y1] = ring[(i + 1) % ring.length];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  return a ? [cx / (3 * a), cy / (3 * a)] : ring[0];
}
// The main territory: the rings near the largest one. Its point is the
// largest ring's centroid, or the centre of the box for an archipelago
// (Philippines, Indonesia) whose largest island is under half of it.
function mainTerritory(rawRings) {
  const largest = rawRings.reduce((m, r) => (Math.abs(area(r)) > Math.abs(area(m)) ? r : m));
  const [lx0, ly0, lx1, ly1] = bounds(largest);
  const reach = NEAR * Math.max(lx1 - lx0, ly1 - ly0, 2);
  const [cx, cy] = centroid(largest);
  const main = rawRings.filter((r) => {
    const [x0, y0, x1, y1] = bounds(r);
    return x1 >= lx0 - reach && x0 <= lx1 + reach && y1 >= ly0 - reach && y0 <= ly1 + reach;
  });
  const box = bounds(main.flat());
  const mainArea = main.reduce((s, r) => s + Math.abs(area(r)), 0);
  const at = Math.abs(area(largest)) * 2 >= mainArea
    ? [cx, cy] : [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  return { box: box.map(Math.round), at: at.map(Math.round) };
}

// The path of rings at a unit of `unit` map units, small islands left out.
function path(rawRings, unit) {
  const minArea = MIN_RING_AREA / unit;
  return pathD(rawRings.map((r) => simplify(r, unit)).filter((r) => r.length && Math.abs(area(r)) >= minArea));
}
function shape(polygons) {
  const raw = outerRings(polygons);
  return { d: path(raw, 1), coarse: path(raw, COARSE), ...mainTerritory(raw) };
}

// --- Build -------------------------------------------------------------------
function features(resolution) {
  const topology = require(`world-atlas/countries-${resolution}.json`);
  return topojson.feature(topology, topology.objects.countries).features;
}
const fine = features("50m");
const finer = features("10m");
const byKey = (list, key) => list.find((f) => f.id === key || (!f.id && f.properties.name === key));

const countries = {};
const land = [];
for (const feature of fine) {
  if (feature.id) countries[feature.id] = shape(polygonsOf(feature.geometry));
  else land.push(shape(polygonsOf(feature.geometry)));
}
for (const feature of finer) {
  if (feature.id && !countries[feature.id] && !PARTS[feature.id]) {
    countries[feature.id] = shape(polygonsOf(feature.geometry));
  }
}
for (const [id, [parent, [west, south, east, north]]] of Object.entries(PARTS)) {
  const inBox = (polygon) => {
    const [lon, lat] = polygon[0][0];
    return lon >= west && lon <= east && lat >= south && lat <= north;
  };
  const source = [fine, finer].map((list) => polygonsOf(byKey(list, parent)?.geometry).filter(inBox))
    .find((polygons) => polygons.length);
  if (!source) throw new Error(`No ring of ${parent} in the box of ${id}`);
  countries[id] = shape(source);
}

const data = {
  source: `Natural Earth via world-atlas ${atlasPkg.version} (public domain)`,
  projection: `Equal Earth, central meridian 0°, whole world ${WIDTH} units wide`,
  width: WIDTH,
  height: HEIGHT,
  coarse: COARSE,
  land,
  countries: Object.fromEntries(Object.entries(countries).sort(([a], [b]) => a.localeCompare(b))),
};

mkdirSync(dirname(OUT), { recursive: true });
const text = JSON.stringify(data, null, 1) + "\n";
writeFileSync(OUT, text);
const kib = (n) => (n / 1024).toFixed(1);
console.log(`wrote ${OUT}: ${Object.keys(countries).length} countries, ` +
  `${kib(text.length)} KiB (${kib(gzipSync(text, { level: 9 }).length)} KiB gzip), ${WIDTH}×${HEIGHT} units`);
