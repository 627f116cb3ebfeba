import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * "can I pay my bill in instalments?" (British spelling; a batch-22 dev row's wording) got the front
 * desk's menu, while "installments" asked over how many months: the tool's object is now matched by
 * spelling variants WordNet gives one sense (src/models/offline/spellingVariants.ts).
 */

const t = useOfflineTemplate('healthcare', { perTest: true });

describe('healthcare, offline: a payment plan asked in British spelling', () => {
  it.each(['can I pay my bill in instalments?', 'can I pay my bill in installments?'])(
    '%j asks how many months',
    async (text) => {
      const { id } = await t.switchboard.createConversation({});
      const reply = await t.switchboard.send(id, text);
      expect(reply.reply).toMatch(/Over how many months would you like to spread it/);
    },
  );
});
