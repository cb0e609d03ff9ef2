// gen_vectors.mjs writes conformance vectors for factdeck/cards/srs using
// the reference implementation ts-fsrs 5.4.x (FSRS-6).
//
// ts-fsrs is NOT a dependency of this repository. Install it into a
// throw-away folder and run this script from there (see README.md):
//
//	cd "$(mktemp -d)" && npm install --no-save ts-fsrs@5.4.x
//	node /work/main/cards/srs/testdata/gen_vectors.mjs > vectors.json
//	node /work/main/cards/srs/testdata/gen_vectors.mjs --fuzz > vectors_fuzz.json
//
// ts-fsrs is resolved from the current working directory (or from
// $TS_FSRS_DIR), not from this file's folder, so nothing is ever
// installed inside the repository.
//
// Every sequence starts from an empty card and applies random ratings at
// random times: reviews on the due date, early reviews before it, late
// reviews, same-day reviews minutes apart, reviews just past UTC midnight
// (elapsed days are counted in UTC calendar days) and gaps of many years.
// A seeded PRNG makes the output byte-for-byte reproducible.

import { createRequire } from "node:module";
import path from "node:path";

const fuzz = process.argv.includes("--fuzz");
const SEED = fuzz ? 0xf022 : 0x5eed;
const SEQUENCES = fuzz ? 150 : 600;

const baseDir = process.env.TS_FSRS_DIR || process.cwd();
const require = createRequire(path.join(path.resolve(baseDir), "noop.js"));
let tsfsrs;
try {
  tsfsrs = require("ts-fsrs");
} catch (err) {
  console.error(
    `cannot load ts-fsrs from ${baseDir}: run 'npm install ts-fsrs@5.4.x' in a temporary folder and run this script from there`,
  );
  process.exit(2);
}
// FSRSVersion reads like "v5.4.2 using FSRS-6.0".
const version = String(tsfsrs.FSRSVersion).replace(/^v/, "").split(" ")[0];
if (!version.startsWith("5.4.")) {
  console.error(`warning: ts-fsrs ${version} is not 5.4.x`);
}
const { fsrs, createEmptyCard } = tsfsrs;

// mulberry32: tiny, well-known 32-bit PRNG; deterministic across platforms.
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive

const MIN = 60;
const HOUR = 3600;
const DAY = 86400;

// Ratings are skewed towards Good, as real reviews are, while keeping
// every rating frequent enough to exercise each branch.
function pickRating() {
  const x = rand();
  if (x < 0.18) return 1;
  if (x < 0.33) return 2;
  if (x < 0.8) return 3;
  return 4;
}

// nextTime picks the time of the next review (Unix seconds), given the
// previous review time and the card's due time.
function nextTime(prev, due) {
  const x = rand();
  if (x < 0.3) return Math.max(prev, due); // exactly when due
  if (x < 0.4) return Math.max(prev, due) + randInt(1, 6 * HOUR); // a bit late
  if (x < 0.55) return prev + randInt(0, Math.max(0, due - prev)); // early, before due
  if (x < 0.67) return prev + randInt(1 * MIN, 3 * HOUR); // same session / same day
  if (x < 0.75) {
    // just past the next UTC midnight: 1 calendar day though maybe minutes
    return (Math.floor(prev / DAY) + 1) * DAY + randInt(0, 15 * MIN);
  }
  if (x < 0.93) return Math.max(prev, due) + randInt(1, 90) * DAY + randInt(0, DAY - 1); // late by days
  return prev + randInt(1, 30) * 365 * DAY + randInt(0, DAY - 1); // very long gap
}

const f = fsrs({ enable_fuzz: fuzz });
const params = f.parameters;

const sequences = [];
for (let id = 0; id < SEQUENCES; id++) {
  // Start between 2000 and 2040, at an arbitrary second of the day.
  const start = randInt(946684800, 2208988800);
  let card = createEmptyCard(new Date(start * 1000));
  let now = start + (rand() < 0.5 ? 0 : randInt(0, 3 * DAY));
  const length = randInt(3, 30);
  const reviews = [];
  for (let k = 0; k < length; k++) {
    const rating = pickRating();
    const at = new Date(now * 1000);
    const r = f.get_retrievability(card, at, false);
    card = f.next(card, at, rating).card;
    reviews.push({
      t: now,
      rating,
      r_before: r,
      state: card.state,
      due: Math.round(card.due.getTime() / 1000),
      stability: card.stability,
      difficulty: card.difficulty,
      reps: card.reps,
      lapses: card.lapses,
      step: card.learning_steps,
      scheduled_days: card.scheduled_days,
      elapsed_days: card.elapsed_days,
    });
    if (card.due.getTime() % 1000 !== 0) throw new Error("due is not on a whole second");
    now = nextTime(now, Math.round(card.due.getTime() / 1000));
  }
  sequences.push({ id, start, reviews });
}

// One review per line keeps the file diffable and reasonably small.
const head = {
  generator: "cards/srs/testdata/gen_vectors.mjs",
  ts_fsrs_version: version,
  seed: SEED,
  params: {
    w: Array.from(params.w),
    request_retention: params.request_retention,
    maximum_interval: params.maximum_interval,
    enable_fuzz: params.enable_fuzz,
    enable_short_term: params.enable_short_term,
    learning_steps: Array.from(params.learning_steps),
    relearning_steps: Array.from(params.relearning_steps),
  },
  notes:
    "times are Unix seconds; r_before is get_retrievability(card, t) before the review; the other fields are the card after the review (step = learning_steps)",
};
const out = [];
out.push(JSON.stringify(head).slice(0, -1) + ',\n"sequences": [\n');
sequences.forEach((s, i) => {
  out.push(`{"id": ${s.id}, "start": ${s.start}, "reviews": [\n`);
  out.push(s.reviews.map((r) => JSON.stringify(r)).join(",\n"));
  out.push(i === sequences.length - 1 ? "\n]}\n" : "\n]},\n");
});
out.push("]}\n");
process.stdout.write(out.join(""));
