import { describe, expect, it } from 'vitest';
import { findEmail } from '../../../src/models/offline/contactDetails.ts';
import { findCompanyName } from '../../../src/models/offline/personNames.ts';
import { converse } from '../../models/offlineScenario.ts';

// A phone caller booking a demo through speech-to-text (dialogue batch 27, dev): "elena at vasquez events
// dot com" was no address (the domain was said as two words), "the company's vasquez events" no company
// (lower case), and "yep that all sounds right, book it" to the read-back went to tech support.
describe('a demo booked by a caller who says their email and company aloud', () => {
  it('writes a domain said as words as one word, and hears a company after its label', () => {
    expect(findEmail('its tom at harbour lights dot co dot uk')).toBe('tom@harbourlights.co.uk');
    expect(findEmail('raj dot patel at gmail dot com')).toBe('raj.patel@gmail.com');
    // "at" before words that are no domain is no address.
    expect(findEmail("I'm at home or at the office dot com")).toBeUndefined();
    expect(findCompanyName('our company is harbour lights')).toBe('Harbour Lights');
    expect(findCompanyName("the company's phone line keeps dropping calls")).toBeUndefined();
  });

  it('books the demo on a long yes', async () => {
    const o = await converse(
      'support',
      [
        'hi we are looking at moving our call centre onto your platform, can i get a demo',
        'tom hughes',
        'its tom at harbour lights dot com',
        'our company is harbour lights',
        'next tuesday morning',
        'yeah that all looks good go ahead',
      ],
      { tool: 'book_demo', result: { email: 'tom@harbourlights.com' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
