import type { AgentOutputItem, ModelRequest } from '@openai/agents-core';
import { describe, expect, it } from 'vitest';
import { assistantMessage } from '../../src/models/offline/modelItems.ts';
import { insteadOfAThirdTime, STUCK_NO_PERSON, STUCK_REPLY } from '../../src/models/offline/notAThirdTime.ts';
import { PERSON_ON_REQUEST } from '../../src/models/offline/offlineModelOptions.ts';

const FALLBACK = 'I can check free times, tell you prices, or book you in. What would you like?';
const user = (text: string) => ({ role: 'user', content: text }) as never;
const said = (text: string) => assistantMessage(text, 'x') as never;
const history = (...replies: string[]) => ({
  input: replies.flatMap((r, i) => [user(`message ${i}`), said(r)]) as ModelRequest['input'],
  handoffs: [{ toolName: 'to_person' }, { toolName: 'transfer_to_human' }] as ModelRequest['handoffs'],
});
const text = (item: AgentOutputItem | { say: string }) => ('say' in item ? item.say : '');

describe('the offline model never gives the same reply a third time (issue #23)', () => {
  it('lets a reply through the first and second time', () => {
    expect(
      insteadOfAThirdTime(assistantMessage(FALLBACK, 's'), history('Hello!'), 'transfer_to_human'),
    ).toBeNull();
    expect(
      insteadOfAThirdTime(assistantMessage(FALLBACK, 's'), history(FALLBACK), 'transfer_to_human'),
    ).toBeNull();
  });

  it('apologises, asks for other words and offers a person instead of the third', () => {
    const step = insteadOfAThirdTime(
      assistantMessage(FALLBACK, 's'),
      history(FALLBACK, 'Sure.', FALLBACK),
      'to_person',
    );
    expect(step).toEqual({ say: `${STUCK_REPLY} ${PERSON_ON_REQUEST}` });
  });

  it('hands the conversation to the person when the apology itself was heard twice', () => {
    const apology = `${STUCK_REPLY} ${PERSON_ON_REQUEST}`;
    const step = insteadOfAThirdTime(
      assistantMessage(FALLBACK, 's'),
      history(FALLBACK, FALLBACK, apology, apology),
      'to_person',
    );
    expect(step).toMatchObject({ call: 'to_person', args: { intent: 'escalation.loop' } });
  });

  it('without a person to reach, says it cannot help here rather than offering one', () => {
    const step = insteadOfAThirdTime(assistantMessage(FALLBACK, 's'), history(FALLBACK, FALLBACK), undefined);
    expect(text(step as { say: string })).toBe(STUCK_NO_PERSON);
    // A person edge this agent has but may not use now (not among the enabled handoffs) is no person.
    const disabled = insteadOfAThirdTime(
      assistantMessage(FALLBACK, 's'),
      history(FALLBACK, FALLBACK),
      'to_manager',
    );
    expect(text(disabled as { say: string })).toBe(STUCK_NO_PERSON);
    expect(text(step as { say: string })).toBe(STUCK_NO_PERSON);
    expect(STUCK_NO_PERSON).not.toContain(PERSON_ON_REQUEST);
  });

  it('leaves tool calls alone: a call is no reply the customer hears', () => {
    const call = {
      type: 'function_call',
      name: 'book',
      callId: 'c',
      arguments: '{}',
      status: 'completed',
    } as AgentOutputItem;
    expect(insteadOfAThirdTime(call, history(FALLBACK, FALLBACK), 'to_person')).toBeNull();
  });
});
