// `switchboard/testing`: the test doubles Switchboard's own tests use, for users' tests; they run under
// any test runner. The store conformance suites, which need vitest, are `switchboard/testing/store`.
// Nothing here is loaded by the library itself.

export type {
  FakeOpenAIServer,
  FakeReply,
  FakeToolCall,
  RecordedRequest,
} from '../src/models/testing/fakeOpenAIServer.ts';
export { startFakeOpenAIServer } from '../src/models/testing/fakeOpenAIServer.ts';
export {
  type DialOutcome,
  type DoubleCall,
  type RecordedTwilioRequest,
  type SentCallback,
  type StreamRequest,
  startTwilioRestDouble,
  type TwilioRestDouble,
  type TwilioRestDoubleOptions,
} from '../src/telephony/testing/twilioRestDouble.ts';
export { findAll, findFirst, readTwiml, type TwimlNode } from '../src/telephony/testing/twimlReader.ts';
export { scriptedModels } from '../src/testing/scriptedModels.ts';
export { scriptedSwitchboard } from '../src/testing/scriptedSwitchboard.ts';
export {
  type DoubleScript,
  offlineResponder,
  type RealtimeDouble,
  type RealtimeDoubleOptions,
  type Responder,
  scriptedResponder,
  startRealtimeDouble,
} from '../src/voice/realtimeDouble/index.ts';
export {
  type AudioEndpointsDouble,
  type AudioEndpointsDoubleOptions,
  type SpeechRequest,
  startAudioEndpointsDouble,
  type TranscriptionRequest,
} from '../src/voice/testing/audioEndpointsDouble.ts';
export { analyzeSpeech, notSpeechBecause, type SpeechAnalysis } from '../src/voice/testing/speechAnalysis.ts';
