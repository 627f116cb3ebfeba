/**
 * "I'd like to see a dermatologist", "my son needs a pediatrician", "a physical therapist please":
 * people name a clinic's department by who practises it. The practitioner's word is formed from the
 * field's in a few regular ways (-ology → -ologist, -ics → -ician, -therapy → -therapist), so a
 * department value ("Dermatology") is found from the practitioner said, with no list of specialties.
 */
const PRACTITIONER_OF: readonly [RegExp, string][] = [
  [/ology$/, 'ologist'],
  [/ics$/, 'ician'],
  [/therapy$/, 'therapist'],
];

/** The value (of `values`) whose practitioner the text names, if exactly one. */
export function fieldOfPractitioner(text: string, values: readonly string[]): string | undefined {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const named = values.filter((value) => {
    const spoken = String(value)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const rule = PRACTITIONER_OF.find(([field]) => field.test(spoken));
    if (!rule) return false;
    const practitioner = spoken.replace(rule[0], rule[1]);
    return new RegExp(` ${practitioner}s? `).test(lower);
  });
  return named.length === 1 ? named[0] : undefined;
}
