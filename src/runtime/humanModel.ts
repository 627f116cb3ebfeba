import type { Model, ModelRequest, ModelResponse, StreamEvent } from '@openai/agents-core';
import { responseToStream, textResponse } from '../models/responseStream.ts';
import { turnOfRequest } from '../models/turnScope.ts';

/**
 * The built-in Human node's "model": it never generates, it tells the customer a person will reply.
 * Deterministic on purpose — escalation must work when every LLM is down.
 */
export class HumanHandoffModel implements Model {
  constructor(private readonly reply: string) {}

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    return textResponse(this.replyFor(request));
  }

  getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    return responseToStream(textResponse(this.replyFor(request)));
  }

  /** What must be said before anything else ("call 911 now") comes first, then the hand-over. */
  private replyFor(request: ModelRequest): string {
    const notice = turnOfRequest(request)?.escalationNotice?.trim();
    return notice ? `${notice} ${this.reply}` : this.reply;
  }
}
