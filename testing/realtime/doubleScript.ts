import type { DoubleSessionConfig } from './doubleSessionConfig.ts';

/** One output item of a scripted response: spoken text, or a function call (e.g. `transfer_to_Billing`). */
export type ScriptedOutput =
  | { say: string }
  /** `callId` repeats a call id on purpose (a replayed call); by default every call gets a fresh one. */
  | { call: string; arguments?: Record<string, unknown> | string; callId?: string };

export type DoubleItem = {
  id: string;
  type: 'message' | 'function_call' | 'function_call_output';
  role?: 'user' | 'assistant' | 'system';
  status: 'completed' | 'incomplete' | 'in_progress';
  content?: { type: string; text?: string; transcript?: string | null }[];
  call_id?: string;
  name?: string;
  arguments?: string;
  output?: string;
  /** Assistant audio produced for the item, in ms (what truncation is checked against). */
  audioMs?: number;
};

export type ResponderContext = {
  /** Caller utterances committed so far (0 before the first one). */
  turn: number;
  /** What the caller said last (the scripted transcript of the last utterance). */
  transcript: string | null;
  /** Model responses already produced since that utterance (fillers and other instructed responses excluded). */
  responseInTurn: number;
  /** `speech`: the double's own VAD committed an utterance; `client`: a `response.create`. */
  trigger: 'speech' | 'client';
  /** `response.instructions` of the `response.create`, when the client gave some (e.g. a filler). */
  instructions: string | null;
  session: DoubleSessionConfig;
  conversation: readonly DoubleItem[];
};

/** Decides what the double transcribes and answers; one per connection. */
export type Responder = {
  /** Transcript of the caller's `turn`-th utterance (1-based): the double hears energy, not words. */
  transcript(turn: number): string;
  respond(context: ResponderContext): ScriptedOutput[] | Promise<ScriptedOutput[]>;
};

/** A call written down: what the caller says each turn and what the model answers, response by response. */
export type DoubleScript = {
  /** The response to a `response.create` before the caller said anything (the greeting). */
  greeting?: ScriptedOutput[];
  turns: {
    user: string;
    /** The first entry answers the utterance, each next one the next `response.create` (after a tool or transfer). */
    responses: ScriptedOutput[][];
  }[];
};

/** Text inside the first pair of double quotes, else the whole instruction: "Say exactly: \"One moment\"". */
export function quotedText(instructions: string): string {
  const match = /"([^"]+)"/.exec(instructions);
  return (match ? match[1] : instructions).trim();
}

/**
 * A responder that plays a script. A response with instructions (a filler) says the quoted text and
 * does not consume the script, like a model obeying an instruction without advancing the dialogue.
 */
export function scriptedResponder(script: DoubleScript): Responder {
  let greeted = false;
  return {
    transcript: (turn) => script.turns[turn - 1]?.user ?? '[unintelligible]',
    respond(ctx) {
      if (ctx.instructions) return [{ say: quotedText(ctx.instructions) }];
      if (ctx.turn === 0) {
        if (greeted) return [];
        greeted = true;
        return script.greeting ?? [];
      }
      return script.turns[ctx.turn - 1]?.responses[ctx.responseInTurn] ?? [];
    },
  };
}
