/** Shapes shared by the routing evaluation: dataset cases, per-turn outcomes and the summary. */

/** One user message to route, with the agent(s) that should answer it. */
export type EvalTurn = {
  input: string;
  /** Any of these agents is a correct answer; the first is the label used in the confusion matrix. */
  expected: string[];
  /** When given, the turn's agent sequence ([start, ...handoff targets]) must equal it exactly. */
  expectedPath?: string[];
};

/** One conversation to run: a single-turn row or a multi-turn scenario. */
export type EvalCase = {
  id: string;
  /** 1-based line of the dataset file. */
  line: number;
  kind: 'single' | 'scenario';
  context?: Record<string, unknown>;
  turns: EvalTurn[];
};

export type MalformedLine = { line: number; message: string };

export type RoutingDecisionRecord = {
  agent: string;
  path: 'local' | 'llm';
  target: string | null;
  confidence: number | null;
};

export type HandoffRecordLite = { from: string; to: string; reason: string; kind: string };

export type TurnOutcome = {
  caseId: string;
  line: number;
  /** 1-based turn number within the case. */
  turn: number;
  /** The text actually sent (perturbed when --noise is on). */
  input: string;
  /** The dataset's text, present only when noise changed it. */
  originalInput?: string;
  expected: string[];
  expectedPath?: string[];
  /** The agent that answered at the end of the turn (for the mega baseline: the routed specialist). */
  actual: string | null;
  path: string[];
  handoffs: HandoffRecordLite[];
  /** Reason of the handoff that brought the answering agent in, if any. */
  reason: string | null;
  decisions: RoutingDecisionRecord[];
  /** Confidence of the last routing decision, when the model reported one. */
  confidence: number | null;
  /** True when a routing decision in this turn was made by the local classifier. */
  routedLocally: boolean;
  latencyMs: number;
  usage: { requests: number; inputTokens: number; outputTokens: number };
  /** null when the model's price is unknown. */
  costUsd: number | null;
  loopCapTrip: boolean;
  correct: boolean;
  /** null when the row has no expected_path (or paths are not checked, as for the mega baseline). */
  pathCorrect: boolean | null;
  error?: string;
  judge?: JudgeVerdict[];
};

export type CaseOutcome = { id: string; line: number; kind: EvalCase['kind']; turns: TurnOutcome[] };

export type JudgeVerdict = { from: string; to: string; score: number | null; why: string };

export type AgentScores = {
  agent: string;
  precision: number;
  recall: number;
  f1: number;
  /** Turns whose expected label is this agent. */
  support: number;
};

export type RoutingSummary = {
  n: number;
  correct: number;
  accuracy: number;
  conversations: number;
  conversationsCorrect: number;
  pathChecked: number;
  pathCorrect: number;
  perAgent: AgentScores[];
  /** Rows: expected label; columns: actual agent. */
  confusion: { labels: string[]; matrix: number[][] };
  outOfScope: { entry: string; n: number; stayed: number; rate: number; wentTo: Record<string, number> };
  meanHandoffsPerConversation: number;
  loopCapTrips: number;
  local: { routed: number; share: number; correct: number; precision: number };
  latency: { meanMs: number; p50Ms: number; p95Ms: number };
  /** null when some turn's cost is unknown (no price for the model). */
  cost: { totalUsd: number; meanPerConversationUsd: number } | null;
  errors: number;
};

export type EvalSettings = {
  graph: string;
  dataset: string;
  model: string;
  routing: { mode: string; threshold: number };
  concurrency: number;
  noise: { kind: string; seed: number } | null;
  store: string;
};

export type JudgeReport =
  | { available: false; reason: string }
  | { available: true; model: string; judged: number; meanScore: number | null; failed: number };

/** Everything one `eval routing` run produced; the text, JSON and HTML reports all render this. */
export type EvalReport = {
  settings: EvalSettings;
  summary: RoutingSummary;
  cases: CaseOutcome[];
  malformed: MalformedLine[];
  baseline?: { agent: string; summary: RoutingSummary; cases: CaseOutcome[] };
  judge?: JudgeReport;
  /** Caveats worth printing with the figures (e.g. options that do not apply to this model). */
  notes: string[];
};
