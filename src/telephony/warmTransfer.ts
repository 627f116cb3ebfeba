import type { PhoneTarget } from '../graph/phoneTarget.ts';
import type { TwilioRestClient } from './twilioRestClient.ts';
import type { ColdTransferUrls } from './twiml.ts';
import { briefThenJoinTwiml, holdInConferenceTwiml } from './twiml.ts';

/** Twilio's own hold music; `SWITCHBOARD_TRANSFER_HOLD_URL` replaces it (any TwiML or audio URL). */
export const DEFAULT_HOLD_URL = 'https://twimlets.com/holdmusic?Bucket=com.twilio.music.classical';

/**
 * Warm transfer: the caller's call goes on hold in a conference room named after the transfer
 * (`waitUrl` plays until someone else joins), then the person is dialled through the REST API with
 * answering-machine detection; their TwiML speaks the briefing to them first and then joins them to
 * the room, which starts the conference. Returns the person's CallSid. Outcomes arrive on `urls`.
 */
export async function dialWarm(
  client: TwilioRestClient,
  callerSid: string,
  target: PhoneTarget,
  transferId: string,
  urls: ColdTransferUrls,
  briefing: string,
): Promise<string> {
  const room = `switchboard-${transferId}`;
  const waitUrl = process.env.SWITCHBOARD_TRANSFER_HOLD_URL || DEFAULT_HOLD_URL;
  await client.updateCall(callerSid, { twiml: holdInConferenceTwiml({ room, waitUrl, endOnExit: true }) });
  // The person sees our number: the caller-id of the target, else the number the caller dialled.
  const from = target.callerId ?? (await client.fetchCall(callerSid)).to;
  const person = await client.createCall({
    to: target.target,
    from,
    twiml: briefThenJoinTwiml(briefing, { room }),
    timeout: target.timeoutSec,
    statusCallback: urls.status,
    statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    machineDetection: 'Enable',
    asyncAmd: true,
    asyncAmdStatusCallback: urls.amd,
  });
  return person.sid;
}
