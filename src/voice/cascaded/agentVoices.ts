import type { AgentVoice } from '../../graph/types.ts';

/** One espeak-ng voice: `-v <language>+<variant> -p <pitch> -s <speed>`. */
export type EspeakVoice = { language: string; variant: string; pitch: number; speed: number };

/** What an agent sounds like on a cascaded call: the endpoint voice and language, and the offline voice. */
export type ResolvedVoice = {
  agent: string;
  name: string | undefined;
  language: string;
  espeak: EspeakVoice;
};

/**
 * Default offline voices, alternating female and male variants at well-separated pitches, so two
 * agents of one graph never sound alike (a caller hears the handoff).
 */
const PROFILES: readonly Omit<EspeakVoice, 'language'>[] = [
  { variant: 'f2', pitch: 70, speed: 170 },
  { variant: 'm3', pitch: 25, speed: 165 },
  { variant: 'f4', pitch: 50, speed: 175 },
  { variant: 'm1', pitch: 60, speed: 160 },
  { variant: 'f3', pitch: 85, speed: 165 },
  { variant: 'm7', pitch: 45, speed: 170 },
  { variant: 'f1', pitch: 60, speed: 160 },
  { variant: 'm2', pitch: 75, speed: 175 },
];

function hashOf(name: string): number {
  let hash = 2166136261;
  for (const ch of name) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** The default profile index of an agent name: deterministic across processes and machines. */
export function defaultProfileIndex(agent: string): number {
  return hashOf(agent) % PROFILES.length;
}

/**
 * Every agent's voice in a graph: its own `voice` setting where given, otherwise a default derived
 * from its name. Two agents whose names map to the same default are moved apart (the next free
 * profile, in graph order), so each agent of a graph has a voice of its own.
 */
export function resolveAgentVoices(
  agents: readonly { name: string; voice?: AgentVoice }[],
  defaults: { language?: string } = {},
): Map<string, ResolvedVoice> {
  const taken = new Set<number>();
  const voices = new Map<string, ResolvedVoice>();
  for (const agent of agents) {
    let index = defaultProfileIndex(agent.name);
    for (let i = 0; i < PROFILES.length && taken.has(index); i++) index = (index + 1) % PROFILES.length;
    taken.add(index);
    const language = agent.voice?.language ?? defaults.language ?? 'en';
    const espeakLanguage = language.toLowerCase() === 'en' ? 'en-us' : language.toLowerCase();
    voices.set(agent.name, {
      agent: agent.name,
      name: agent.voice?.name,
      language,
      espeak: { language: espeakLanguage, ...PROFILES[index], ...agent.voice?.espeak },
    });
  }
  return voices;
}
