/**
 * How customers ask when a business is open, as the `about` phrases of a fixed answer (askedTopics.ts:
 * each matches at the start of a word). Never a bare "open" or "opening": those start "openings", and
 * "do you have any openings on friday?" is a request for free times, which got the salon's hours.
 */
export const HOURS_QUESTION = [
  'are you open',
  'you open',
  'youre open',
  "you're open",
  'open on',
  'open till',
  'open until',
  'open late',
  'open today',
  'open tomorrow',
  'open at the weekend',
  'open on the weekend',
  'open on weekends',
  'open this',
  'opening hours',
  'opening times',
  'your hours',
  'business hours',
  'office hours',
  'clinic hours',
  'what time do you',
  'when do you close',
  'when do you shut',
  'closing time',
  'do you close',
  'until when',
  // "what time does the surgery open in the morning": the business named, not "you" (the clinic's
  // reception listed the morning's free slots; the after-hours line put the caller through to billing).
  'clinic open',
  'office open',
  'surgery open',
  'practice open',
  'salon open',
  'shop open',
  'store open',
  'you guys open',
] as const;
