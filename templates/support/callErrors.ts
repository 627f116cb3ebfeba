/**
 * What each call error code means for a Relay Cloud customer and what to do about it. SIP codes come
 * from the carrier or the far end; RC codes are Relay Cloud's own. Written to be read aloud: one plain
 * sentence each, no jargon the caller has to look up.
 */
export type CallErrorInfo = { meaning: string; fix: string };

export const CALL_ERRORS: Record<string, CallErrorInfo> = {
  'SIP-403': {
    meaning: 'The call was refused because calls to that country are not enabled on the account.',
    fix: 'Turn on the destination country under Settings → Geo permissions, then call again.',
  },
  'SIP-404': {
    meaning: 'The number dialed does not exist or is not in service.',
    fix: 'Check the number and dial it in full international format, like +1 212 555 0140.',
  },
  'SIP-408': {
    meaning:
      'The destination did not answer the call setup in time; usually a SIP endpoint or PBX that is offline.',
    fix: 'Make sure the PBX is online and reachable from our signalling IPs, and that its SIP port is open.',
  },
  'SIP-480': {
    meaning: 'The person called was temporarily unreachable (phone off or out of coverage).',
    fix: 'Nothing is wrong on your side; try the call again a little later.',
  },
  'SIP-486': {
    meaning: 'The line called was busy.',
    fix: 'Try again later, or enable automatic retry on busy in the call settings.',
  },
  'SIP-488': {
    meaning: 'The far end could not agree on an audio codec with us.',
    fix: 'Enable G.711 (PCMU or PCMA) on the receiving PBX or SIP trunk.',
  },
  'SIP-503': {
    meaning: 'The carrier for that destination was temporarily unavailable.',
    fix: 'It is usually brief; retry in a few minutes and check status.relaycloud.example if it continues.',
  },
  'SIP-603': {
    meaning: 'The person called declined the call.',
    fix: 'Nothing to fix on the account; the call was rejected by the recipient.',
  },
  'RC-2101': {
    meaning: 'The call was blocked because the account balance ran out.',
    fix: 'Pay the open invoice or turn on auto-recharge in Billing, and calls resume right away.',
  },
  'RC-3004': {
    meaning: 'The caller ID used is not a verified number on the account.',
    fix: 'Verify the number under Numbers → Caller ID, or send calls from one of your Relay numbers.',
  },
  'RC-4410': {
    meaning:
      'The call dropped because no audio reached us for 30 seconds, which usually means a firewall or NAT blocked the media.',
    fix: 'Allow UDP ports 10000 to 20000 to and from our media servers, and turn off SIP ALG on the router.',
  },
};

export function explainCall(status: string, errorCode: string | null): CallErrorInfo {
  if (status === 'completed') {
    return { meaning: 'The call connected and ended normally.', fix: 'Nothing needs fixing for this call.' };
  }
  const info = errorCode ? CALL_ERRORS[errorCode] : undefined;
  return (
    info ?? {
      meaning: `The call ${status}${errorCode ? ` with code ${errorCode}` : ''}, which I don't have notes on.`,
      fix: 'A member of our support team can dig into the carrier logs for this one.',
    }
  );
}
