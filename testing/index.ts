// `switchboard/testing`: the test doubles Switchboard's own tests use, for users' tests; they run under
// any test runner. The store conformance suites, which need vitest, are `switchboard/testing/store`.
// The library loads none of it, with one deliberate exception: `switchboard call` runs the Realtime double
// (`--realtime double`, cli/simulatedCall.ts) and the Twilio REST double (`--transfer`, cli/callCommand.ts),
// so those doubles are shipped code.

export {
  type AudioEndpointsDouble,
  type AudioEndpointsDoubleOptions,
  type SpeechRequest,
  startAudioEndpointsDouble,
  type TranscriptionRequest,
} from './audio/audioEndpointsDouble.ts';
export {
  buzz,
  concat,
  frames,
  hasEspeak,
  silence,
  speakMulaw,
  speakWav,
} from './audio/callerAudio.ts';
export { analyzeSpeech, notSpeechBecause, type SpeechAnalysis } from './audio/speechAnalysis.ts';
export type {
  FakeOpenAIServer,
  FakeReply,
  FakeToolCall,
  RecordedRequest,
} from './models/fakeOpenAIServer.ts';
export { startFakeOpenAIServer } from './models/fakeOpenAIServer.ts';
export {
  type DoubleScript,
  offlineResponder,
  type RealtimeDouble,
  type RealtimeDoubleOptions,
  type Responder,
  scriptedResponder,
  startRealtimeDouble,
} from './realtime/index.ts';
export { scriptedModels } from './scripted/scriptedModels.ts';
export { scriptedSwitchboard } from './scripted/scriptedSwitchboard.ts';
export { DoubleCaller, TwilioMediaStream } from './twilio/twilioMediaCaller.ts';
export {
  type DialOutcome,
  type DoubleCall,
  type RecordedTwilioRequest,
  type SentCallback,
  type StreamRequest,
  startTwilioRestDouble,
  type TwilioRestDouble,
  type TwilioRestDoubleOptions,
} from './twilio/twilioRestDouble.ts';
export { findAll, findFirst, readTwiml, type TwimlNode } from './twilio/twimlReader.ts';
