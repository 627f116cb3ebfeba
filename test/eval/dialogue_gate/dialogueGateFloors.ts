/**
 * The dialogue gate of `npm test` (docs/dialogue.md): each template's multi-turn scenarios, run on
 * the offline model, must complete (a booking with a reference, a verified identity, a refund, a
 * demo…) at the floors below, and no conversation may say the same thing three times. One test file
 * per template (`<template>_dialogues_complete.test.ts`) so that CI's two workers run them side by
 * side: as one file the gate was CI's longest pole (7 minutes on a quiet machine).
 *
 * Floors are the figures measured less about 0.02 (the offline model is deterministic; the margin is for
 * the clock's weekday arithmetic) and only rise. How each floor came to be, batch by batch and pass by
 * pass, is in docs/dialogue.md ("Dialogue gate floors: history").
 */
export interface DialogueGate {
  template: string;
  tuned: number;
  heldOut: number;
  /**
   * A floor per held-out batch (`batchN`: rows `holdoutN-…`, batches 3 to 32) and per dev set (`devN`:
   * rows `devN-…`, a batch author's tunable rows gated apart from the rows written by the fixers, from
   * batch 9), as dialogueGate.ts lists them in BATCHES and DEV_SETS; a floor missing fails the gate. No
   * batch looped on arrival, so no loop is allowed anywhere (the per-batch loop allowances, all 0, were
   * folded into that one rule at batch 23).
   */
  [floor: `batch${number}` | `dev${number}`]: number;
}

export const GATES: Record<string, DialogueGate> = {
  // Batch 21, arrival → 30th pass (of 10: salon, support, healthcare, real estate, after-hours): held out
  // 6 8 7 7 7, unchanged; dev 6 7 8 5 7 → 8 9 9 6 9; support b15 8→9, healthcare b10 6→7, estate b17 7→8.
  // Twentieth pass (lead: a booking naming no service asks which): batch 8 4 → 5/8, batch 10 5 → 6/10.
  // Nineteenth pass (desk19, docs/dialogue.md): dev13 5 → 8/10; its moves by reference without the phone
  // number were taken back at the merge (a salon reference is easy to guess), and their batch gains too.
  // Twenty-first pass (desk21): dev14 9 → 10/10 (a box dye gone wrong quoted as a colour correction).
  salon: {
    template: 'salon',
    tuned: 0.98,
    heldOut: 0.9,
    batch3: 0.98,
    batch4: 0.98,
    batch5: 0.81,
    batch6: 0.48,
    // Twentieth pass: LOWERED for the salon's tool-level phone check (desk20; a move or cancel by reference alone is refused; docs/dialogue.md). 7 → 6/8
    batch7: 0.85, // seventieth pass: 7/8
    batch8: 0.6,
    // Same check: 6 → 5/8
    batch9: 0.6,
    dev9: 0.98,
    // Twentieth pass (lead: a booking naming no service asks which): 5 → 6/10, kept on the merged tree.
    // Twenty-second pass (salon22): 6 → 7/10.
    batch10: 0.78, // fifty-first pass (thanks as assent): 7 → 8/10
    dev10: 0.98,
    batch11: 0.58,
    dev11: 0.98,
    // Same check: 9 → 7/10
    batch12: 0.68,
    dev12: 0.98,
    // Twenty-seventh pass: 7 → 8/10.
    batch13: 0.78,
    // Twenty-second pass (salon22): 8 → 9/10 (dev13-02: the stylist and "the earliest" kept after the handoff).
    dev13: 0.88,
    // Twenty-fourth pass: 5 → 6/10.
    batch14: 0.58,
    dev14: 0.98,
    // Batch 15 (2026-11-27), on arrival: held out 4/10, dev 8/10; twenty-fourth pass: dev 10/10.
    // Twenty-fifth pass: 4 → 5/10.
    batch15: 0.88, // twenty-eighth pass: 5 → 6/10; forty-sixth pass: 7/10; sixty-eighth pass: 9/10
    dev15: 0.98,
    // Batch 16 (2026-11-27), on arrival: held out 7/10, dev 8/10; twenty-fifth pass: dev 10/10.
    // Twenty-seventh pass: 7 → 8/10.
    batch16: 0.78,
    dev16: 0.98,
    // Batch 17 (2026-11-27), on arrival: held out 6/10, dev 8/10. Twenty-sixth pass: held out 6/10, dev 10/10.
    batch17: 0.68, // sixty-ninth pass: 7/10
    dev17: 0.98,
    // Batch 18 (2026-11-27), on arrival: held out 10/10, dev 6/10. Twenty-seventh pass: held out 10/10, dev 10/10.
    batch18: 0.98, // LOWERED at the forty-sixth pass: 10 → 9/10 (docs/dialogue.md); the pass took batches 15, 21, 23 and 24 up by one each; fifty-second pass: 10/10
    dev18: 0.98,
    // Batch 19 (2026-11-27), on arrival: held out 8/10, dev 9/10. Twenty-eighth pass: held out 8/10, dev 9/10.
    batch19: 0.78,
    dev19: 0.88,
    // Batch 20 (2026-11-27), on arrival: held out 7/10, dev 8/10. Twenty-ninth pass: held out 9/10, dev 10/10.
    batch20: 0.98, // forty-second pass: 9 → 10/10
    dev20: 0.98,
    batch21: 0.88, // thirty-sixth pass: 6 → 8/10; forty-sixth pass: 9/10
    dev21: 0.88, // fifty-third pass (the time question says the open days): 8 → 9/10
    batch22: 0.78, // forty-second pass: 7 → 8/10
    dev22: 0.98, // forty-second pass: 9 → 10/10
    // Batch 23 (2026-11-28), on arrival: held out 2/10, dev 4/10.
    // Thirty-second pass: held out 2 → 6/10, dev 4 → 6/10. Thirty-third pass: dev 6 → 8/10.
    batch23: 0.68, // forty-sixth pass: 7/10
    dev23: 0.98, // fifty-fifth pass: 9/10; fifty-seventh pass: 10/10
    // Batch 24 (2026-11-28), on arrival: held out 4/10, dev 7/10. Thirty-fourth pass: dev 7 → 8/10.
    batch24: 0.48, // forty-sixth pass: 5/10
    dev24: 0.98, // thirty-sixth pass: 9 → 10/10
    batch25: 0.88, // arrival 7/10; fifty-seventh pass (a move said after the time it has): 9/10
    dev25: 0.98, // arrival 5/10; thirty-ninth pass: 7/10; forty-seventh pass: 8/10; fifty-first: 10/10
    // Batch 26 (2026-11-29), on arrival: held out 5/10, dev 5/10.
    batch26: 0.58, // fifty-second pass: 5 → 6/10
    dev26: 0.98, // forty-second pass: 6 → 8/10; fifty-first: 9/10; fifty-fourth: 10/10
    batch27: 0.78, // arrival: 8/10
    dev27: 0.88, // arrival: 7/10; forty-fourth pass: 9/10
    // Batch 28 (2026-11-29), on arrival: held out 4/10, dev 3/10.
    batch28: 0.58, // fifty-eighth pass: 5/10; sixty-ninth: 6/10
    dev28: 0.88, // arrival 3/10; forty-fifth pass: 5/10; forty-sixth pass: 8/10; forty-seventh pass: 9/10
    // Batch 29 (2026-11-29), on arrival: held out 5/10, dev 8/10.
    batch29: 0.58, // fifty-fifth pass: 6/10
    dev29: 0.98, // forty-eighth pass: 9/10; fifty-fifth: 10/10
    // Batch 30 (2026-12-02), on arrival: held out 8/10, dev 9/10.
    batch30: 0.78,
    dev30: 0.88,
    // Batch 31 (2026-12-02), on arrival: held out 6/10, dev 4/10.
    batch31: 0.58,
    dev31: 0.68, // sixty-seventh pass: 7/10
    // Batch 32 (2026-12-02), on arrival: held out 9/10, dev 8/10.
    batch32: 0.88,
    dev32: 0.98, // sixty-eighth pass: 10/10
    // Batch 33 (2026-12-02), on arrival: held out 8/10, dev 7/10.
    batch33: 0.78,
    dev33: 0.88, // sixty-ninth pass: 9/10
    batch34: 0.88, // Batch 34 (2026-12-02), on arrival: held out 9/10, dev 8/10.
    dev34: 0.88, // seventieth pass: 9/10
  },
  // Thirteenth pass (support orders, docs/dialogue.md): batch 3 4 → 5/6, batch 10 and dev10 7 → 8/10.
  // Nineteenth pass (desk19): dev12 9 → 10/10, batch 13 8 → 9/10.
  // Twenty-first pass (desk21): dev14 8 → 10/10, batch 8 6 → 7/8; dev13 raised to its measured 9/10.
  support: {
    template: 'support',
    tuned: 0.98,
    heldOut: 0.98,
    batch3: 0.81,
    batch4: 0.98,
    batch5: 0.98,
    batch6: 0.98,
    batch7: 0.85,
    batch8: 0.85,
    batch9: 0.85,
    dev9: 0.98,
    batch10: 0.98,
    dev10: 0.78,
    batch11: 0.98,
    dev11: 0.98,
    batch12: 0.88,
    dev12: 0.98,
    batch13: 0.88,
    // The lead's yes with another value (numbers read as numbers): dev13 9 → 10/10.
    dev13: 0.98,
    batch14: 0.88,
    dev14: 0.98,
    // Batch 15 (2026-11-27), on arrival: held out 8/10, dev 8/10; twenty-fourth pass: dev 10/10.
    batch15: 0.88,
    dev15: 0.98,
    // Batch 16 (2026-11-27), on arrival: held out 10/10, dev 9/10; twenty-fifth pass: dev 9/10.
    batch16: 0.98,
    dev16: 0.88,
    // Batch 17 (2026-11-27), on arrival: held out 7/10, dev 10/10. Twenty-sixth pass: held out 7/10, dev 10/10.
    batch17: 0.68,
    dev17: 0.98,
    // Batch 18 (2026-11-27), on arrival: held out 8/10, dev 8/10. Twenty-seventh pass: held out 8/10, dev 10/10.
    batch18: 0.78,
    dev18: 0.98,
    // Batch 19 (2026-11-27), on arrival: held out 7/10, dev 10/10. Twenty-eighth pass: held out 7/10, dev 10/10.
    batch19: 0.78, // forty-sixth pass: 8/10
    dev19: 0.98,
    // Batch 20 (2026-11-27), on arrival: held out 8/10, dev 9/10. Twenty-ninth pass: held out 8/10, dev 10/10.
    batch20: 0.78,
    dev20: 0.98,
    batch21: 0.88, // thirty-sixth pass: 8 → 9/10
    dev21: 0.98, // thirty-sixth pass: 9 → 10/10
    batch22: 0.88,
    dev22: 0.98, // forty-second pass: 9 → 10/10
    // Batch 23 (2026-11-28), on arrival: held out 7/10, dev 4/10. Thirty-third pass: dev 4 → 7/10, and
    // batch 10 9 → 10/10 (a spoken email read). Thirty-fourth pass: held out 7 → 8/10.
    batch23: 0.78,
    dev23: 0.98, // thirty-seventh pass: 7 → 8/10; thirty-eighth: 9/10; fifty-seventh: 10/10
    // Batch 24 (2026-11-28), on arrival: held out 9/10, dev 2/10. Thirty-fourth pass: dev 2 → 4/10.
    batch24: 0.88,
    dev24: 0.98, // forty-second pass: 9 → 10/10
    batch25: 0.58, // arrival 6/10
    dev25: 0.88, // arrival 7/10; thirty-ninth pass: 8/10; fortieth: 9/10
    // Batch 26 (2026-11-29), on arrival: held out 6/10, dev 9/10.
    batch26: 0.58,
    dev26: 0.98, // fifty-fourth pass: 9 → 10/10 (an order just placed, cancelled beside the invoice)
    batch27: 0.68, // arrival: 7/10
    dev27: 0.98, // arrival: 7/10; forty-third pass: 8/10; forty-fourth pass: 10/10
    // Batch 28 (2026-11-29), on arrival: held out 4/10, dev 7/10.
    batch28: 0.38,
    dev28: 0.88, // forty-sixth pass: 9/10
    // Batch 29 (2026-11-29), on arrival: held out 9/10, dev 4/10.
    batch29: 0.88,
    dev29: 0.88, // forty-eighth pass: 9/10
    // Batch 30 (2026-12-02), on arrival: held out 7/10, dev 7/10.
    batch30: 0.68,
    dev30: 0.68,
    // Batch 31 (2026-12-02), on arrival: held out 8/10, dev 7/10.
    batch31: 0.78,
    dev31: 0.78, // sixty-seventh pass: 8/10
    // Batch 32 (2026-12-02), on arrival: held out 9/10, dev 9/10.
    batch32: 0.88,
    dev32: 0.98, // sixty-eighth pass: 10/10
    // Batch 33 (2026-12-02), on arrival: held out 7/10, dev 9/10.
    batch33: 0.68,
    dev33: 0.88,
    batch34: 0.78, // Batch 34 (2026-12-02), on arrival: held out 8/10, dev 9/10.
    dev34: 0.98, // seventieth pass: 10/10
  },
  // Eighteenth pass (clinic18, docs/dialogue.md): dev11 6 → 10/10, dev12 8 → 10/10, batch 11 8 → 9/10.
  healthcare: {
    template: 'healthcare',
    tuned: 0.98,
    // Twenty-third pass (clinic22 merged again): earlier held-out 8 → 9/12, batch 8 4 → 5/8, dev14 8 → 10/10.
    // Twenty-fifth pass: 9 → 11/12 (a day named for a booking offers that day's openings).
    heldOut: 0.9,
    batch3: 0.98,
    batch4: 0.64,
    batch5: 0.98,
    batch6: 0.64,
    // Twenty-fourth pass: 6 → 7/8.
    batch7: 0.85,
    batch8: 0.6,
    batch9: 0.73,
    dev9: 0.98,
    batch10: 0.88, // sixty-seventh pass: 8/10; seventieth pass: 9/10
    // Twentieth pass (clinic20): dev10 9 → 10/10, dev13 9 → 10/10.
    dev10: 0.98,
    batch11: 0.98, // fifty-fifth pass: 10/10
    dev11: 0.98,
    // Twenty-first pass (clinic21): batch 12 6 → 7/10, measured after the hand-back of another desk's request.
    batch12: 0.68,
    dev12: 0.98,
    // Twenty-seventh pass: 7 → 8/10.
    batch13: 0.78,
    dev13: 0.98,
    batch14: 0.98, // sixty-seventh pass: 10/10
    // Twenty-first pass (clinic21): dev14 7 → 8/10 (a parent calling for a son named in full).
    dev14: 0.98,
    // Batch 15 (2026-11-27), on arrival: held out 9/10, dev 8/10; twenty-fourth pass: dev 9/10.
    batch15: 0.98, // thirty-sixth pass: 9 → 10/10
    dev15: 0.88,
    // Batch 16 (2026-11-27), on arrival: held out 7/10, dev 10/10; twenty-fifth pass: dev 10/10.
    batch16: 0.78, // thirty-eighth pass (an injury said as what happened): 7 → 8/10
    dev16: 0.98,
    // Batch 17 (2026-11-27), on arrival: held out 6/10, dev 9/10. Twenty-sixth pass: held out 7/10, dev 10/10.
    batch17: 0.88, // thirty-eighth pass (an injury said as what happened): 7 → 8/10; fifty-fourth: 9/10
    dev17: 0.98,
    // Batch 18 (2026-11-27), on arrival: held out 8/10, dev 6/10. Twenty-seventh pass: held out 8/10, dev 8/10.
    batch18: 0.88, // sixty-seventh pass: 9/10
    dev18: 0.78,
    // Batch 19 (2026-11-27), on arrival: held out 8/10, dev 8/10. Twenty-eighth pass: held out 8/10, dev 10/10.
    batch19: 0.78,
    dev19: 0.98,
    // Batch 20 (2026-11-27), on arrival: held out 10/10, dev 10/10. Twenty-ninth pass: held out 10/10, dev 10/10.
    batch20: 0.98,
    dev20: 0.98,
    batch21: 0.68,
    dev21: 0.98, // fifty-fourth pass: 9 → 10/10 ("When is his school physical?" looked up)
    batch22: 0.48, // thirty-sixth pass: 4 → 5/10
    dev22: 0.98, // fifty-fifth pass: 10/10 (instalments asked after a story)
    // Batch 23 (2026-11-28), on arrival: held out 5/10, dev 4/10.
    // Thirty-second pass: held out 5 → 7/10, dev 4 → 5/10.
    batch23: 0.78, // seventieth pass: 8/10
    dev23: 0.98, // thirty-seventh pass: 5 → 7/10; thirty-eighth: 9/10; fifty-fifth: 10/10
    // Batch 24 (2026-11-28), on arrival: held out 5/10, dev 3/10. Thirty-fourth pass: dev 3 → 5/10; the
    // payment read back after a correction: 6/10.
    batch24: 0.58, // forty-eighth pass: 6/10
    dev24: 0.98, // thirty-sixth pass: 7 → 10/10
    batch25: 0.78, // arrival 6/10; forty-eighth pass: 7/10; sixty-seventh pass: 8/10
    dev25: 0.98, // arrival 7/10; thirty-ninth pass: 9/10; fortieth: 10/10
    // Batch 26 (2026-11-29), on arrival: held out 5/10, dev 3/10.
    batch26: 0.78, // forty-second pass: 6 → 8/10
    dev26: 0.88, // forty-second pass: 3 → 7/10; fifty-fourth: 9/10 (a visit just read out moved on "can it be Thursday at 1pm?"; a day given beside a question kept)
    batch27: 0.88, // arrival: 7/10; forty-third pass: 8/10; forty-eighth pass: 9/10
    dev27: 0.98, // arrival: 5/10; forty-third pass: 6/10; forty-fourth pass: 9/10; fifty-fourth: 10/10
    // Batch 28 (2026-11-29), on arrival: held out 3/10, dev 5/10.
    batch28: 0.38, // forty-ninth pass: 4/10
    dev28: 0.88, // forty-sixth pass: 7/10; forty-seventh pass: 8/10; fifty-fifth: 9/10
    // Batch 29 (2026-11-29), on arrival: held out 5/10, dev 4/10.
    batch29: 0.68, // fifty-fifth pass: 6/10; sixty-ninth: 7/10
    dev29: 0.88, // forty-eighth pass: 8/10; forty-ninth pass: 9/10
    // Batch 30 (2026-12-02), on arrival: held out 6/10, dev 7/10.
    batch30: 0.58,
    dev30: 0.88, // sixty-seventh pass: 9/10
    // Batch 31 (2026-12-02), on arrival: held out 4/10, dev 8/10.
    batch31: 0.38,
    dev31: 0.78,
    // Batch 32 (2026-12-02), on arrival: held out 8/10, dev 9/10.
    batch32: 0.78,
    dev32: 0.98, // sixty-eighth pass: 10/10
    // Batch 33 (2026-12-02), on arrival: held out 6/10, dev 8/10.
    batch33: 0.58,
    dev33: 0.88, // sixty-ninth pass: 9/10
    batch34: 0.88, // Batch 34 (2026-12-02), on arrival: held out 9/10, dev 7/10.
    dev34: 0.98, // seventieth pass: 10/10
  },
  'real-estate': {
    template: 'real-estate',
    tuned: 0.98,
    heldOut: 0.98,
    batch3: 0.98,
    batch4: 0.98,
    batch5: 0.98,
    batch6: 0.81, // fifty-seventh pass (the own home by its address): 4 → 5/6
    // Twenty-seventh pass: 6 → 7/8.
    batch7: 0.85,
    batch8: 0.98,
    // Twenty-ninth pass (dev20 rows, QA probes): 7 → 8/8.
    batch9: 0.98,
    dev9: 0.98,
    batch10: 0.78,
    dev10: 0.88,
    batch11: 0.88,
    dev11: 0.98,
    // estate25 (QA tester's chats): batch 12 8 → 9/10, counts only (no held-out row read).
    batch12: 0.88,
    // Twentieth pass (estate20): dev12 9 → 10/10 (a fair-housing complaint naming an area escalated).
    dev12: 0.98,
    batch13: 0.98, // sixty-eighth pass: 10/10
    dev13: 0.98, // fifty-seventh pass (the area asked while booking a viewing): 10/10
    batch14: 0.78, // fifty-seventh pass: 7 → 8/10
    dev14: 0.88,
    // Batch 15 (2026-11-27), on arrival: held out 7/10, dev 9/10; twenty-fourth pass: held out 8/10, dev 10/10.
    batch15: 0.88, // thirty-seventh pass: 8 → 9/10
    dev15: 0.98,
    // Batch 16 (2026-11-27), on arrival: held out 9/10, dev 8/10; twenty-fifth pass: dev 8/10.
    batch16: 0.98,
    dev16: 0.88, // fifty-seventh pass (the asking price asked while booking a viewing): 9/10
    // Batch 17 (2026-11-27), on arrival: held out 7/10, dev 10/10. Twenty-sixth pass: held out 7/10, dev 10/10.
    batch17: 0.98, // thirty-seventh pass: 9 → 10/10
    dev17: 0.98,
    // Batch 18 (2026-11-27), on arrival: held out 4/10, dev 7/10. Twenty-seventh pass: held out 6/10, dev 7/10.
    batch18: 0.58,
    dev18: 0.98, // twenty-eighth pass: 7 → 10/10
    // Batch 19 (2026-11-27), on arrival: held out 6/10, dev 5/10. Twenty-eighth pass: held out 6/10, dev 8/10.
    batch19: 0.78, // fifty-seventh pass: 6 → 7/10; seventieth pass: 8/10
    dev19: 0.78,
    // Batch 20 (2026-11-27), on arrival: held out 6/10, dev 7/10. Twenty-ninth pass: held out 6/10, dev 9/10.
    batch20: 0.78, // thirty-seventh pass: 6 → 8/10
    dev20: 0.88,
    batch21: 0.68,
    dev21: 0.98, // thirty-seventh pass: 7 → 10/10
    batch22: 0.88,
    dev22: 0.98, // thirty-seventh pass: 5 → 9/10; fifty-sixth: 10/10 (the house number corrected)
    // Batch 23 (2026-11-28), on arrival: held out 7/10, dev 6/10. Thirty-third pass: dev 6 → 8/10.
    batch23: 0.68,
    dev23: 0.98, // thirty-seventh pass: 8 → 9/10; fifty-eighth: 10/10
    // Batch 24 (2026-11-28), on arrival: held out 5/10, dev 9/10.
    batch24: 0.68, // forty-second pass: 5 → 6/10; fifty-seventh: 7/10
    dev24: 0.98, // thirty-sixth pass: 9 → 10/10
    batch25: 0.68, // arrival 5/10; forty-sixth pass: 6/10; sixty-eighth pass: 7/10
    dev25: 0.88, // arrival 6/10; thirty-ninth pass: 8/10; sixty-eighth pass: 9/10
    // Batch 26 (2026-11-29), on arrival: held out 8/10, dev 6/10.
    batch26: 0.98, // forty-first pass: 9/10; forty-eighth pass: 10/10
    dev26: 0.78, // forty-second pass: 7 → 8/10
    batch27: 0.58, // arrival: 6/10
    dev27: 0.98, // arrival: 7/10; forty-third pass: 9/10; forty-fourth pass: 10/10
    // Batch 28 (2026-11-29), on arrival: held out 5/10, dev 7/10.
    batch28: 0.58, // forty-seventh pass: 6/10
    dev28: 0.88, // forty-sixth pass: 8/10; fifty-fourth: 9/10 (a call back asked mid-form at the mortgage desk)
    // Batch 29 (2026-11-29), on arrival: held out 5/10, dev 6/10.
    batch29: 0.48,
    dev29: 0.88, // forty-eighth pass: 8/10; fifty-sixth: 9/10 (the house number corrected)
    // Batch 30 (2026-12-02), on arrival: held out 7/10, dev 7/10.
    batch30: 0.68,
    dev30: 0.88, // sixty-seventh pass: 9/10
    // Batch 31 (2026-12-02), on arrival: held out 4/10, dev 7/10.
    batch31: 0.48, // sixty-seventh pass: 5/10
    dev31: 0.78, // sixty-eighth pass: 8/10
    // Batch 32 (2026-12-02), on arrival: held out 9/10, dev 10/10.
    batch32: 0.88,
    dev32: 0.98,
    // Batch 33 (2026-12-02), on arrival: held out 6/10, dev 8/10.
    batch33: 0.58,
    dev33: 0.88, // sixty-ninth pass: 9/10
    batch34: 0.78, // Batch 34 (2026-12-02), on arrival: held out 8/10, dev 8/10.
    dev34: 0.88, // seventieth pass: 9/10
  },
  // Seventeenth pass: held-out floors lowered for the phone number a booking and a change now need
  // (docs/dialogue.md, "Dialogue gate floors: history").
  'after-hours': {
    template: 'after-hours',
    tuned: 0.98,
    heldOut: 0.64,
    batch3: 0.64,
    batch4: 0.64,
    batch5: 0.81,
    batch6: 0.48,
    batch7: 0.85,
    batch8: 0.73,
    // Twenty-third pass (clinic22 merged again): batch 9 6 → 7/8, batch 13 6 → 7/10, dev14 8 → 10/10.
    batch9: 0.85,
    dev9: 0.98,
    batch10: 0.88, // fifty-sixth pass: 9/10 (a sick child beside a complaint)
    dev10: 0.98,
    batch11: 0.58,
    dev11: 0.98,
    batch12: 0.68,
    dev12: 0.98,
    batch13: 0.78, // fifty-sixth pass: 8/10
    // Twentieth pass (clinic20): dev13 9 → 10/10.
    dev13: 0.98,
    batch14: 0.88,
    // Twenty-first pass (clinic21): dev14 8/10 measured (7/10 reported before the pass).
    dev14: 0.98,
    // Batch 15 (2026-11-27), on arrival: held out 8/10, dev 9/10; twenty-fourth pass: dev 9/10.
    // Twenty-fifth pass (hours25, picked): 8 -> 9/10.
    batch15: 0.98, // fifty-sixth pass: 10/10
    dev15: 0.88,
    // Batch 16 (2026-11-27), on arrival: held out 9/10, dev 10/10; twenty-fifth pass: dev 10/10.
    batch16: 0.88,
    dev16: 0.98,
    // Batch 17 (2026-11-27), on arrival: held out 7/10, dev 9/10. Twenty-sixth pass: held out 8/10, dev 10/10.
    batch17: 0.88, // thirty-ninth pass: 8 → 9/10
    dev17: 0.98,
    // Batch 18 (2026-11-27), on arrival: held out 7/10, dev 6/10. Twenty-seventh pass: held out 7/10, dev 9/10.
    // Thirty-second pass: 7 → 8/10.
    batch18: 0.78,
    dev18: 0.98, // twenty-eighth pass: 9 → 10/10
    // Batch 19 (2026-11-27), on arrival: held out 8/10, dev 8/10. Twenty-eighth pass: held out 8/10, dev 10/10.
    batch19: 0.78,
    dev19: 0.98,
    // Batch 20 (2026-11-27), on arrival: held out 8/10, dev 10/10. Twenty-ninth pass: held out 8/10, dev 10/10.
    batch20: 0.78,
    dev20: 0.98,
    batch21: 0.78, // sixty-third pass: 7 → 8/10 (the appointments held listed once the name is given)
    dev21: 0.88,
    batch22: 0.78,
    dev22: 0.98,
    // Batch 23 (2026-11-28), on arrival: held out 4/10, dev 6/10.
    batch23: 0.68, // thirty-sixth pass, spoken half hours and call backs: 4 → 6/10; fifty-sixth: 7/10
    // Thirty-second pass: dev 6 → 7/10. Thirty-third pass: 7 → 8/10. Fifty-sixth: 9/10 (another doctor "instead" of the openings).
    dev23: 0.88,
    // Batch 24 (2026-11-28), on arrival: held out 5/10, dev 6/10.
    batch24: 0.58, // fifty-first pass: 5 → 6/10
    dev24: 0.98, // thirty-sixth pass: 6 → 10/10
    batch25: 0.88, // arrival 8/10; fifty-sixth pass: 9/10
    dev25: 0.98, // arrival 7/10; thirty-ninth pass: 8/10; fortieth: 9/10; fifty-fifth: 10/10 ("in my portal" is where)
    // Batch 26 (2026-11-29), on arrival: held out 8/10, dev 8/10.
    batch26: 0.88, // forty-first pass: 9/10
    dev26: 0.98, // forty-first pass: 10/10
    batch27: 0.88, // arrival: 9/10
    dev27: 0.98, // arrival: 8/10; forty-fourth pass: 9/10; fifty-sixth: 10/10 (the clinic's hours asked by name)
    // Batch 28 (2026-11-29), on arrival: held out 8/10, dev 7/10.
    batch28: 0.78,
    dev28: 0.88, // forty-sixth pass: 8/10; fifty-sixth: 9/10 (a sick child beside a complaint)
    // Batch 29 (2026-11-29), on arrival: held out 9/10, dev 8/10.
    batch29: 0.88,
    dev29: 0.98, // forty-eighth pass: 9/10; fiftieth pass: 10/10
    // Batch 30 (2026-12-02), on arrival: held out 5/10, dev 7/10.
    batch30: 0.48,
    dev30: 0.68,
    // Batch 31 (2026-12-02), on arrival: held out 6/10, dev 6/10.
    batch31: 0.68, // sixty-seventh pass: 7/10
    dev31: 0.58,
    // Batch 32 (2026-12-02), on arrival: held out 9/10, dev 10/10.
    batch32: 0.88,
    dev32: 0.98,
    // Batch 33 (2026-12-02), on arrival: held out 9/10, dev 8/10.
    batch33: 0.88,
    dev33: 0.98, // sixty-ninth pass: 10/10
    batch34: 0.88, // Batch 34 (2026-12-02), on arrival: held out 9/10, dev 8/10.
    dev34: 0.98, // seventieth pass: 10/10
  },
};
