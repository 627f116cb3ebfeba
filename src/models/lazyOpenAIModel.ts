import type {
  Model,
  ModelRequest,
  ModelResponse,
  ModelRetryAdvice,
  ModelRetryAdviceRequest,
  StreamEvent,
} from '@openai/agents-core';
import type { OpenAIClientSettings } from './openaiClients.ts';

/** Which OpenAI API a model speaks: the Responses API, or Chat Completions (compatible servers). */
export type OpenAIApi = 'responses' | 'chat';

/**
 * One of the SDK's OpenAI models (`OpenAIResponsesModel` or `OpenAIChatCompletionsModel` on the shared
 * client), created on its first request. `@openai/agents-openai` and the `openai` client it brings are
 * about a third of a second of start-up; a process that never calls an LLM (the offline model, most CLI
 * commands) never loads them, and one that does pays it once, on the first call. Configuration errors
 * are raised before, where the model is created (llmModels.ts).
 */
export class LazyOpenAIModel implements Model {
  /** As the SDK's Responses model says (a prompt may pick the model); Chat Completions does not. */
  readonly supportsPromptModelSelection: boolean;
  // Private fields: `util.inspect` and JSON never show them, so the key in the settings stays hidden.
  readonly #settings: OpenAIClientSettings;
  #model: Promise<Model> | undefined;
  #loaded: Model | undefined;

  constructor(
    readonly api: OpenAIApi,
    readonly modelName: string,
    settings: OpenAIClientSettings,
  ) {
    this.supportsPromptModelSelection = api === 'responses';
    this.#settings = settings;
  }

  /** The SDK's model behind this one, loading it on the first call. */
  load(): Promise<Model> {
    this.#model ??= Promise.all([import('@openai/agents-openai'), import('./openaiClients.ts')]).then(
      ([openai, { openAIClientFor }]) => {
        const client = openAIClientFor(this.#settings);
        this.#loaded =
          this.api === 'chat'
            ? new openai.OpenAIChatCompletionsModel(client, this.modelName)
            : new openai.OpenAIResponsesModel(client, this.modelName);
        return this.#loaded;
      },
    );
    this.#model.catch(() => {
      this.#model = undefined; // a failed load is tried again on the next call
    });
    return this.#model;
  }

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    return (await this.load()).getResponse(request);
  }

  async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    yield* (await this.load()).getStreamedResponse(request);
  }

  /** Asked after a failed request, so the SDK's model has loaded by then. */
  getRetryAdvice(
    args: ModelRetryAdviceRequest,
  ): Promise<ModelRetryAdvice | undefined> | ModelRetryAdvice | undefined {
    return this.#loaded?.getRetryAdvice?.(args);
  }
}
