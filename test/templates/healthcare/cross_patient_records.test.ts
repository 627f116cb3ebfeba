import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { requestRefill } from '../../../templates/healthcare/clinicalTools.ts';
import { cancelAppointment } from '../../../templates/healthcare/schedulingTools.ts';
import {
  rows,
  seededHealthcareDb,
  toolContext,
  verifiedAs,
} from '../../support/templates/healthcare/healthcareTestDb.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Issue #17 item 4, healthcare analogue: Dana Ruiz (PT-1001), verified, must not cancel Marcus Bell's
 * appointment APT-5003 or refill his Sertraline. Healthcare already scopes every record query to the
 * verified patient (verifiedPatientId in the WHERE clause); these tests keep it that way.
 */

const t = useOfflineTemplate('healthcare', { perTest: true });
const statusOf = async (db: ToolDb, id: string) =>
  (await rows<{ status: string }>(db, `select status from healthcare_appointments where id = '${id}'`))[0]
    .status;

describe('healthcare: a verified patient never reaches another patient’s records (offline model)', () => {
  it("Dana asks to cancel APT-5003 (Marcus Bell's): not one of hers, nothing cancelled", async () => {
    const { id } = await t.switchboard.createConversation();
    const say = (text: string) => t.switchboard.send(id, text);
    expect((await say('my name is Dana Ruiz, born 1984-03-12')).reply).toContain("you're verified");

    // A cancellation is read back first (issue #23): the visit look-up finds no APT-5003 of hers, says
    // so, and nothing is read back or cancelled.
    const foreign = await say('please cancel appointment APT-5003');
    expect(foreign.toolCalls.map((c) => c.tool)).toEqual(['list_appointments']);
    expect(foreign.reply).toContain("APT-5003 isn't one of your upcoming appointments");
    expect(foreign.reply).not.toMatch(/mole|Marin|Marcus|Just to confirm/);
    const pressed = await say('yes');
    expect(pressed.reply).not.toMatch(/mole|Marin|Marcus/);
    expect(await statusOf(await t.store.toolDb(), 'APT-5003')).toBe('scheduled');
  });
});

describe('healthcare record tools act only on the verified patient', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededHealthcareDb());
  });
  afterAll(() => close());
  const asDana = () => toolContext(db, 'Scheduling', verifiedAs('PT-1001', 'Dana Ruiz'));

  it('cancel_appointment: another patient’s appointment reads like one that does not exist', async () => {
    const foreign = (await cancelAppointment.execute({ appointmentId: 'APT-5003' }, asDana())) as {
      message: string;
    };
    const missing = (await cancelAppointment.execute({ appointmentId: 'APT-5999' }, asDana())) as {
      message: string;
    };
    expect(foreign).toMatchObject({ cancelled: false });
    expect(foreign.message).toBe(missing.message.replace('APT-5999', 'APT-5003'));
    expect(await statusOf(db, 'APT-5003')).toBe('scheduled');
  });

  it("request_refill: another patient's medication is not on the caller's record", async () => {
    const result = await requestRefill.execute({ medication: 'Sertraline' }, asDana());
    expect(result).toMatchObject({ requested: false });
    expect(await rows(db, "select id from healthcare_refill_requests where patient_id = 'PT-1001'")).toEqual(
      [],
    );
  });
});
