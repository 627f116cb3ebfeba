import { describe, expect, it } from 'vitest';
import type { FunctionTool } from '../../src/models/offline/modelItems.ts';
import { wordOnlyOneToolNames } from '../../src/models/offline/wordOnlyOneToolNames.ts';
import { converse } from './offlineScenario.ts';

/**
 * dev18-healthcare-09: "What's my copay to see the heart doctor?" cleared no desk's bar at the clinic's
 * front desk (its words spread over records, appointments and insurance) and got the menu. "copay" is
 * named by the insurance desk's description only: the question goes there.
 */
const tool = (name: string, description: string) =>
  ({ type: 'function', name, description, parameters: {} }) as unknown as FunctionTool;
const desks = [
  tool('records_desk', 'Patient record: who is my primary doctor, phone number on file.'),
  tool('appointments_desk', 'Book or cancel an appointment; see a doctor or specialist on Monday.'),
  tool('insurance_desk', 'Insurance: in network, coverage, what is my copay, deductible.'),
];

describe('a question with a word only one desk names goes to it', () => {
  it('picks the one desk naming a word of the question, and only for a question', () => {
    const never = () => false;
    expect(
      wordOnlyOneToolNames("What's my copay to see the heart doctor?", desks, desks, never)?.tool.name,
    ).toBe('insurance_desk');
    expect(wordOnlyOneToolNames('my copay is too high', desks, desks, never)).toBeUndefined();
    expect(wordOnlyOneToolNames('what about my doctor?', desks, desks, never)).toBeUndefined();
    expect(wordOnlyOneToolNames('are you open monday?', desks, desks, never)).toBeUndefined();
    expect(
      wordOnlyOneToolNames('what is my copay?', desks, desks, (n) => n === 'insurance_desk'),
    ).toBeUndefined();
  });

  it('the patient reaches the insurance desk', async () => {
    // The insurance desk's own words (it then asks which of its look-ups), not the front desk's menu.
    const o = await converse('healthcare', ["What's my copay to see the heart doctor?"], {
      reply: 'which insurers we take',
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
