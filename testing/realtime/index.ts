export type {
  DoubleItem,
  DoubleScript,
  Responder,
  ResponderContext,
  ScriptedOutput,
} from './doubleScript.ts';
export { quotedText, scriptedResponder } from './doubleScript.ts';
export type { DoubleSession } from './doubleSession.ts';
export { offlineResponder } from './offlineResponder.ts';
export {
  type RealtimeDouble,
  type RealtimeDoubleOptions,
  startRealtimeDouble,
} from './realtimeDoubleServer.ts';
export { speechDurationMs, synthesizeTone, voiceToneHz } from './toneSpeech.ts';
