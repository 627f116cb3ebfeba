import type { Model, ModelRequest, ModelResponse, StreamEvent } from '@openai/agents';
import { responseToStream, textResponse } from '../models/responseStream.ts';

/**
 * The built-in Human node's "model": it never generates, it tells the customer a person will reply.
 * Deterministic on purpose — escalation must work when every LLM is down.
 */
export class HumanHandoffModel implements Model {
  constructor(private readonly reply: string) {}

  async getResponse(_request: ModelRequest): Promise<ModelResponse> {
    return textResponse(this.reply);
  }

  getStreamedResponse(_request: ModelRequest): AsyncIterable<StreamEvent> {
    return responseToStream(textResponse(this.reply));
  }
}
