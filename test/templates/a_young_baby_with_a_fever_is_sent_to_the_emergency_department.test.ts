import { describe, expect, it } from 'vitest';
import { PROTOCOL_ROWS } from '../../templates/after-hours/seedData.ts';
import { TRIAGE_ROWS } from '../../templates/healthcare/seedClinical.ts';
import { pickTriageProtocol } from '../../templates/shared/symptomMatch.ts';

/**
 * Found by batch 10's author reading the nurse protocols: a protocol phrase matched only as written, so
 * "my baby is six weeks old and has a fever" (no "baby has a fever" in it) got the adult advice — rest
 * and fluids — instead of the emergency department, and "pain in my ear" matched nothing.
 */
const asProtocols = (rows: readonly (readonly unknown[])[]) =>
  rows.map(([id, , keywords, urgency]) => ({
    id: String(id),
    keywords: String(keywords),
    urgency: String(urgency),
  }));
const nurseLine = asProtocols(PROTOCOL_ROWS);
const clinic = asProtocols(TRIAGE_ROWS);
const pick = (text: string, protocols: typeof clinic) => pickTriageProtocol(text, protocols)?.id ?? null;

describe('a symptom matches its protocol however the caller words it', () => {
  it('sends a baby of a few weeks with a fever to the emergency department, on both lines', () => {
    expect(pick('my baby is six weeks old and has had a fever since tonight', nurseLine)).toBe('NP-INFANT');
    expect(pick('my baby is six weeks old and has had a fever since tonight', clinic)).toBe(
      'TP-FEVER-INFANT',
    );
    expect(pick('she is 5 weeks old and her temperature is 38.4', nurseLine)).toBe('NP-INFANT');
    expect(pick('our baby has a really high temperature', clinic)).toBe('TP-FEVER-INFANT');
  });

  // QA chat probes (2026-11-27): both got "I don't have a protocol for that" or the adult advice.
  it('reads a fever from a temperature reading and an infant from an age in weeks or months', () => {
    expect(pick('6 week old baby feels really hot, temp is 100.8', nurseLine)).toBe('NP-INFANT');
    expect(pick('my 2 month old has a fever of 100.6', clinic)).toBe('TP-FEVER-INFANT');
    expect(pick('temp of 38.5 since yesterday', nurseLine)).toBe('NP-FEVER');
    expect(pick('my 5 month old has a fever', clinic)).toBe('TP-FEVER');
  });

  // Batch 19's dev rows: the age and the reading said in separate sentences got the adult advice.
  // QA chat probes (2026-11-27): "low on the right side" got "I don't have a protocol for that".
  it('reads pain low on the right side as the abdomen', () => {
    expect(pick('he has a bad pain low on the right side too', nurseLine)).toBe('NP-ABDOMEN');
    expect(pick('sharp pain on my right side, low down', clinic)).toBe('TP-ABDOMEN');
  });

  it('reads the age said in one sentence as the patient of the next', () => {
    const said = 'Hi, my son is 7 weeks old and he feels really warm. The thermometer says 100.9.';
    expect(pick(said, nurseLine)).toBe('NP-INFANT');
    expect(pick(said, clinic)).toBe('TP-FEVER-INFANT');
  });

  it('matches words in another order or form', () => {
    expect(pick('there is a lot of pain in my ear tonight', nurseLine)).toBe('NP-EAR');
    expect(pick('lots of rashes on his arms', nurseLine)).toBe('NP-RASH');
    expect(pick('my chest feels tight', clinic)).toBe('TP-CHEST');
  });

  it('keeps what it matched before, and a grown-up fever is still self care', () => {
    expect(pick('I have a fever and a cough', nurseLine)).toBe('NP-FEVER');
    expect(pick('I think I sprained my wrist', nurseLine)).toBe('NP-SPRAIN');
    expect(pick('my elbow feels odd', clinic)).toBeNull();
    // Two sentences: the baby is fine, the fever is the caller's. Phrases meet within one sentence.
    expect(pick('The baby is asleep and fine. I have had a fever all day.', clinic)).toBe('TP-FEVER');
  });
});
