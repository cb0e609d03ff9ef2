// tsfsrs_bench.mjs runs the side-by-side workload (see README.md) through
// ts-fsrs and prints key=value lines. main.go runs the same workload
// through factdeck/cards/srs; run.sh compares the two.
//
// ts-fsrs is resolved from the current directory (or $TS_FSRS_DIR), which
// run.sh points at a temporary install; it is never installed in the repo.
//
//	node tsfsrs_bench.mjs [reviews] [runs]

import { createRequire } from "node:module";
import path from "node:path";

const N = Number(process.argv[2] || 1_000_000);
const RUNS = Number(process.argv[3] || 3);
const CARDS = 1000;
const START = 1735689600; // 2025-01-01T00:00:00Z, in seconds
const RETIRE = 60; // reps after which a card is replaced by a new one

const require = createRequire(path.join(path.resolve(process.env.TS_FSRS_DIR || process.cwd()), "noop.js"));
const { fsrs, createEmptyCard, FSRSVersion } = require("ts-fsrs");

// mulberry32, identical to the Go port in main.go.
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function workload(n) {
  const rand = mulberry32(42);
  const ratings = new Uint8Array(n);
  const band = new Float64Array(n);
  const size = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rand();
    ratings[i] = u < 0.15 ? 1 : u < 0.3 ? 2 : u < 0.85 ? 3 : 4;
    band[i] = rand();
    size[i] = rand();
  }
  return { ratings, band, size };
}

// nextReview returns when a card is studied next, in Unix seconds: a new
// card when it is created, any other after a random gap from its last
// review (independent of its due date): minutes (15%), hours (15%),
// 1-60 days (60%) or 61-400 days (10%).
function nextReview(card, band, size) {
  if (card.state === 0) return card.due.getTime() / 1000;
  let gap;
  if (band < 0.15) gap = 60 * (1 + Math.floor(size * 59));
  else if (band < 0.3) gap = 3600 * (1 + Math.floor(size * 23));
  else if (band < 0.9) gap = 86400 * (1 + Math.floor(size * 60)) + Math.floor(size * 86400);
  else gap = 86400 * (61 + Math.floor(size * 340));
  return card.last_review.getTime() / 1000 + gap;
}

function run(f, w, n) {
  const deck = new Array(CARDS);
  for (let k = 0; k < CARDS; k++) deck[k] = createEmptyCard(new Date((START + k * 37) * 1000));
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const k = i % CARDS;
    let card = deck[k];
    if (card.reps >= RETIRE) card = createEmptyCard(card.due);
    const at = nextReview(card, w.band[i], w.size[i]);
    deck[k] = f.next(card, new Date(at * 1000), w.ratings[i]).card;
  }
  const ns = Number(process.hrtime.bigint() - t0);
  return { ns, deck };
}

// checksum summarises the final deck, as in main.go (no due dates: see
// there).
function checksum(deck) {
  const states = [0, 0, 0, 0];
  let reps = 0,
    lapses = 0,
    stab = 0,
    diff = 0;
  for (const c of deck) {
    states[c.state]++;
    reps += c.reps;
    lapses += c.lapses;
    stab += c.stability;
    diff += c.difficulty;
  }
  return `${states.join("/")}:${reps}:${lapses}:${stab.toFixed(6)}:${diff.toFixed(6)}`;
}

const f = fsrs({ enable_fuzz: false });
const w = workload(N);
run(f, workload(Math.min(N, 200_000)), Math.min(N, 200_000)); // JIT warm-up
let best = Infinity;
let sum = "";
for (let r = 0; r < RUNS; r++) {
  const { ns, deck } = run(f, w, N);
  best = Math.min(best, ns);
  sum = checksum(deck);
}
console.log(`impl=ts-fsrs ${FSRSVersion.replace(/ /g, "_")} node ${process.version}`);
console.log(`reviews=${N}`);
console.log(`best_seconds=${(best / 1e9).toFixed(4)}`);
console.log(`ns_per_review=${(best / N).toFixed(1)}`);
console.log(`reviews_per_sec=${Math.round(N / (best / 1e9))}`);
console.log(`checksum=${sum}`);
