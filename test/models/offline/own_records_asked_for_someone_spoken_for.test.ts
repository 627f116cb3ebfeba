import { describe, expect, it } from 'vitest';
import type { FunctionTool } from '../../../src/models/offline/modelItems.ts';
import { ownRecordsAsked } from '../../../src/models/offline/ownRecordsAsked.ts';

// "when is his school physical?" from a parent asks the day of a visit held, as "when is my …" does:
// with a look-up of the caller's own records among the agent's tools, that look-up answers it. (At the
// clinic's front desk, whose tools are desks, it still goes elsewhere: docs/dialogue.md, "Left".)
const tools = [
  { type: 'function', name: 'find_mine', description: 'What is booked under my name, and when' },
  { type: 'function', name: 'find_open_slots', description: 'Open appointment slots this week' },
] as unknown as FunctionTool[];

describe('own records asked for someone spoken for', () => {
  it.each(['when is his school physical?', 'what time is her appointment?', "when's my son's checkup"])(
    '"%s" asks the caller’s own look-up',
    (text) => {
      expect(ownRecordsAsked(text, tools, () => false)?.tool.name).toBe('find_mine');
    },
  );

  it('leaves "when is the clinic open?" alone', () => {
    expect(ownRecordsAsked('when is the clinic open?', tools, () => false)).toBeUndefined();
  });
});
