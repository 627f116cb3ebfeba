import { tokenize } from '../../routing/textFeatures.ts';
import type { ConversationView } from './conversationView.ts';
import type { FunctionTool } from './modelItems.ts';
import { namesAction } from './toolMatcher.ts';

/**
 * Whether `toolName` is a change and the change the caller last asked for by its action, before this
 * message, is another one, which this message does not ask for by name: "I need to cancel one.", then "It's under
 * Marcus Bell, 555-0178" gives the values a booking takes, but they are for the cancellation (a slot had
 * been booked in his name, dev24-after-hours-08).
 */
export function asksAnotherChange(
  toolName: string,
  text: string,
  view: ConversationView,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): boolean {
  if (!changesData(toolName) || namesAction(tokenize(text), toolName)) return false;
  for (const message of view.userMessages.slice(0, -1).reverse()) {
    const words = tokenize(message);
    const asked = available.find((t) => changesData(t.name) && namesAction(words, t.name));
    if (asked) return asked.name !== toolName;
  }
  return false;
}
