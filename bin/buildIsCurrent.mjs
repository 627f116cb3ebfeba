// Whether dist/ holds a build of this checkout's sources: shared by the `switchboard` command (which
// runs the build only then) and the packed-install test (which packs it only then, without building
// again under the other tests' feet).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under a folder (a few hundred stats: about a millisecond). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** True when `root`'s dist/ was built after every file of its sources last changed (or it has none). */
export function buildIsCurrent(root) {
  const stamp = join(root, 'dist', '.built');
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js')) || !existsSync(stamp)) return false;
  if (!existsSync(join(root, 'src', 'cli', 'main.ts'))) return true; // an installed package: dist is all there is
  const builtAt = statSync(stamp).mtimeMs;
  return ['src', 'templates', 'testing'].every(
    (dir) => !existsSync(join(root, dir)) || newest(join(root, dir)) <= builtAt,
  );
}
