/**
 * A deliberately light English stemmer for routing features: it folds inflections (refunds, refunded,
 * refunding → refund; charges, charged → charg; dropping, dropped → drop) and nothing more. Aggressive
 * stemmers (Porter) also merge words whose meaning differs in support talk (general/generate,
 * organization/organ), and a router's errors come from exactly such merges.
 */

const VOWEL = /[aeiouy]/;

/** Irregular or short forms the suffix rules would get wrong. */
const EXCEPTIONS: Record<string, string> = {
  was: 'was',
  has: 'has',
  is: 'is',
  us: 'us',
  yes: 'yes',
  this: 'this',
  its: 'its',
  bus: 'bus',
  gas: 'gas',
  sms: 'sms',
  sso: 'sso',
  paid: 'pay',
  bought: 'buy',
  sent: 'send',
  spoke: 'speak',
  spoken: 'speak',
  told: 'tell',
  said: 'say',
  went: 'go',
  gone: 'go',
  lost: 'lose',
  broke: 'break',
  broken: 'break',
  got: 'get',
  gotten: 'get',
  made: 'make',
  took: 'take',
  taken: 'take',
  rang: 'ring',
  rung: 'ring',
  hung: 'hang',
  cut: 'cut',
  feet: 'foot',
  children: 'child',
  wont: 'wont',
};

/** Doubled consonants that an -ed/-ing suffix created (dropped → drop), but not ll/ss/zz (billed → bill). */
const UNDOUBLE = /([bdfgkmnprt])\1$/;

export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  const exception = EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(w)) {
    // class, status, analysis: not plurals.
  } else if (/(?:sses|xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4 && VOWEL.test(w.slice(0, -2)))
    w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);

  // Drop a final silent e so charge/charged/charging all meet at "charg".
  if (w.endsWith('e') && w.length > 3 && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(stem: string): string {
  return stem.length > 3 && UNDOUBLE.test(stem) ? stem.slice(0, -1) : stem;
}
