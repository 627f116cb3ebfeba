/** The text of the last user message of an SDK run input (a string, or items whose content may be parts). */
export function latestUserText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return '';
  for (let i = input.length - 1; i >= 0; i--) {
    const item = input[i] as { role?: unknown; content?: unknown };
    if (item?.role !== 'user') continue;
    if (typeof item.content === 'string') return item.content;
    if (Array.isArray(item.content)) {
      return item.content
        .map((part: { text?: unknown; transcript?: unknown }) =>
          typeof part?.text === 'string'
            ? part.text
            : typeof part?.transcript === 'string'
              ? part.transcript
              : '',
        )
        .filter(Boolean)
        .join(' ');
    }
    return '';
  }
  return '';
}
