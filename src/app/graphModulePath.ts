/**
 * Whether a `--graph` value names a module file or folder (`./desk.ts`, `graphs/support`) rather than
 * a template name (`support`, `real-estate`): a path separator or a module extension.
 */
export function namesGraphModule(nameOrPath: string): boolean {
  return /[/\\]|\.(ts|js|mjs)$/.test(nameOrPath);
}
