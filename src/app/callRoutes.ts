import type { FastifyInstance } from 'fastify';
import { registerTelephony, type TelephonyDeps } from '../telephony/telephonyRoutes.ts';
import { registerVoiceRoutes, type VoiceRouteDeps, voiceConfigOrEnv } from '../voice/voiceRoutes.ts';

export type CallRouteDeps = VoiceRouteDeps & {
  /** The API server's `/v1/calls` gets its placer here (see registerTelephony). */
  provideCalls?: TelephonyDeps['provideCalls'];
  /** Twilio's REST account: undefined reads TWILIO_* from the environment, null turns telephony off. */
  rest?: TelephonyDeps['rest'];
};

/**
 * Everything a call needs on one Fastify app: telephony (src/telephony: phone transfers of handoffs to
 * nodes with a phone target, outbound calls) and the voice routes (src/voice), told of each session so
 * transfers can follow it. Wired here, above both, so that neither layer imports the other's routes.
 */
export async function registerCallRoutes(app: FastifyInstance, deps: CallRouteDeps): Promise<void> {
  const { provideCalls, rest, ...voice } = deps;
  // One object for both: a loopback server sets its `publicUrl` once it listens, and both read it then.
  const config = voiceConfigOrEnv(deps.config);
  const telephony = await registerTelephony(app, {
    graphs: deps.graphs,
    publicUrl: () => config.publicUrl,
    authenticate: deps.authenticate,
    twilioNumbers: config.twilioNumbers,
    provideCalls,
    rest,
  });
  await registerVoiceRoutes(app, {
    ...voice,
    config,
    onSession: (session) => {
      telephony?.transfers.onSession(session);
      deps.onSession?.(session);
    },
  });
}
