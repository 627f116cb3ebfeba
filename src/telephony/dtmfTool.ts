import { z } from 'zod';
import { defineTool } from '../tools/defineTool.ts';
import type { CallerLeg } from '../voice/callerLeg.ts';
import { dtmfMulaw } from './dtmfTones.ts';
import { isDtmfSequence } from './twiml.ts';

/** The phone legs of live calls by conversation (kept by the telephony layer while a call lasts). */
export const phoneLegs = new Map<string, CallerLeg>();

/**
 * `send_dtmf`: lets an agent on an outbound call press keys to get through an IVR ("press 2 for
 * appointments"). The tones are played into the call (in-band DTMF). Give it to the agents that may
 * need it: `tools: [sendDtmfTool()]`. Off a phone call it says so and does nothing.
 */
export function sendDtmfTool() {
  return defineTool({
    name: 'send_dtmf',
    description:
      'Press keys on the phone keypad to navigate an automated phone menu (IVR). Digits 0-9, * and #; w waits half a second.',
    parameters: z.object({
      digits: z.string().describe('keys to press in order, e.g. "2" or "1w1234#"'),
    }),
    execute: ({ digits }, { conversationId }) => {
      if (!isDtmfSequence(digits))
        return { error: 'digits may only contain 0-9, *, #, and w (a pause), at most 64 keys' };
      const leg = phoneLegs.get(conversationId);
      if (leg?.format !== 'audio/pcmu') return { error: 'there is no phone call to send keys on' };
      leg.play(dtmfMulaw(digits), `dtmf_${Date.now()}`);
      return { sent: digits };
    },
  });
}
