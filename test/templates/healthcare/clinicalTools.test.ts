import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import {
  checkAllergies,
  listMedications,
  pickProtocol,
  requestRefill,
  triageSymptoms,
} from '../../../templates/healthcare/clinicalTools.ts';
import { healthcareTriageProtocols } from '../../../templates/healthcare/schema.ts';
import {
  rows,
  seededHealthcareDb,
  toolContext,
  verifiedAs,
} from '../../support/templates/healthcare/healthcareTestDb.ts';

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededHealthcareDb());
}, 120_000); // booting PGlite is slow on a loaded machine
afterAll(() => close());

const refillsLeft = async (id: string) =>
  (
    await rows<{ refills_left: number }>(
      db,
      `SELECT refills_left FROM healthcare_medications WHERE id = '${id}'`,
    )
  )[0].refills_left;

describe('clinical tools', () => {
  it('lists active prescriptions only, as prescribed', async () => {
    const result: any = await listMedications.execute(
      {},
      toolContext(db, 'Clinical', verifiedAs('PT-1003', 'Priya Nair')),
    );
    expect(result.medications).toEqual([expect.objectContaining({ name: 'Levothyroxine', dose: '75 mcg' })]);
    expect(result.message).toContain('Levothyroxine 75 mcg once daily before breakfast');
  });

  it('reads recorded allergies with reaction and severity', async () => {
    const result: any = await checkAllergies.execute(
      {},
      toolContext(db, 'Clinical', verifiedAs('PT-1005', 'Grace Liu')),
    );
    expect(result.allergies).toEqual([
      { allergen: 'latex', reaction: 'skin irritation', severity: 'mild' },
      { allergen: 'shellfish', reaction: 'throat swelling', severity: 'severe' },
    ]);
    const none: any = await checkAllergies.execute(
      {},
      toolContext(db, 'Clinical', verifiedAs('PT-1002', 'Marcus Bell')),
    );
    expect(none).toMatchObject({ count: 0 });
  });

  it('sends a refill to the pharmacy and uses one refill; with none left it goes to the prescriber', async () => {
    const before = await refillsLeft('RX-3001');
    const ctx = toolContext(db, 'Clinical', verifiedAs('PT-1001', 'Dana Ruiz'));
    const sent: any = await requestRefill.execute({ medication: 'Lisinopril' }, ctx);
    expect(sent).toMatchObject({ requested: true, status: 'sent_to_pharmacy' });
    expect(await refillsLeft('RX-3001')).toBe(before - 1);
    expect(ctx.state.lastRefillId).toBe(sent.refillId);

    const review: any = await requestRefill.execute({ medication: 'Atorvastatin' }, ctx);
    expect(review).toMatchObject({ requested: true, status: 'needs_prescriber' });
    expect(await refillsLeft('RX-3002')).toBe(0);
    const written = await rows<{ medication_id: string; status: string }>(
      db,
      "SELECT medication_id, status FROM healthcare_refill_requests WHERE patient_id = 'PT-1001' ORDER BY created_at, id",
    );
    expect(written).toEqual([
      { medication_id: 'RX-3001', status: 'sent_to_pharmacy' },
      { medication_id: 'RX-3002', status: 'needs_prescriber' },
    ]);
  });

  it('refuses a refill of a medication that is not an active prescription of this patient', async () => {
    const inactive: any = await requestRefill.execute(
      { medication: 'Omeprazole' },
      toolContext(db, 'Clinical', verifiedAs('PT-1003', 'Priya Nair')),
    );
    const someoneElses: any = await requestRefill.execute(
      { medication: 'Warfarin' },
      toolContext(db, 'Clinical', verifiedAs('PT-1003', 'Priya Nair')),
    );
    expect([inactive.requested, someoneElses.requested]).toEqual([false, false]);
  });
});

describe('symptom triage on the protocols table', () => {
  it('picks the most urgent protocol any phrase matches', async () => {
    const protocols = await db.select().from(healthcareTriageProtocols);
    expect(pickProtocol('I have a fever and a cough', protocols)?.urgency).toBe('self_care');
    expect(pickProtocol('my baby has a fever', protocols)?.id).toBe('TP-FEVER-INFANT');
    expect(pickProtocol('headache, the worst headache of my life', protocols)?.id).toBe('TP-HEAD-SEVERE');
    expect(pickProtocol('my elbow feels odd', protocols)).toBeNull();
  });

  it("returns the protocol's advice, and asks for escalation on an emergency protocol", async () => {
    const cold: any = await triageSymptoms.execute(
      { symptomDescription: 'sore throat and sneezing' },
      toolContext(db, 'Clinical'),
    );
    expect(cold).toMatchObject({ found: true, protocolId: 'TP-COLD' });
    expect(cold.escalate).toBeUndefined();
    const severe: any = await triageSymptoms.execute(
      { symptomDescription: 'sudden worst headache I have ever had' },
      toolContext(db, 'Clinical'),
    );
    expect(severe).toMatchObject({ urgency: 'emergency', escalate: true });
    expect(severe.reason).toContain('TP-HEAD-SEVERE');
  });
});
