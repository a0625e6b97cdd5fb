/**
 * `.gitignore` checks for single files, for the language server's file watcher: a file created or
 * changed after the initial walk is indexed only if the walk would have picked it up. Semantics match
 * `discoverFiles`: every `.gitignore` from the workspace folder down to the file's folder applies to
 * its own subtree, the deepest one with a matching rule wins, and `.git`/`node_modules` are skipped.
 * Parsed ignore files are cached per folder; `forget` drops one when it changes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export class GitIgnoreChecker {
  private readonly cache = new Map<string, Ignore | null>();

  /** Whether `absPath` (a file under `root`) is ignored by git rules or lies in a skipped folder. */
  isIgnored(root: string, absPath: string): boolean {
    const rel = relative(root, absPath);
    if (rel === '' || rel.startsWith('..')) return false;
    const parts = rel.split(sep);
    if (parts.slice(0, -1).some((p) => ALWAYS_SKIPPED_DIRS.has(p))) return true;
    // Folders from the root down to the file's folder, each with the path below it.
    const dirs: string[] = [root];
    for (let i = 0; i < parts.length - 1; i++) dirs.push(join(dirs[dirs.length - 1]!, parts[i]!));
    // A folder ignored by an ancestor hides everything in it, as in git: test each level.
    for (let level = 1; level <= parts.length; level++) {
      const target = join(root, ...parts.slice(0, level));
      const isDir = level < parts.length;
      let decided: boolean | undefined;
      for (let i = Math.min(level - 1, dirs.length - 1); i >= 0 && decided === undefined; i--) {
        const ig = this.ignoreFileOf(dirs[i]!);
        if (!ig) continue;
        const r = relative(dirs[i]!, target).split(sep).join('/');
        const result = ig.test(isDir ? `${r}/` : r);
        if (result.ignored) decided = true;
        else if (result.unignored) decided = false;
      }
      if (decided) return true;
    }
    return false;
  }

  /** Drops the cached rules of the folder holding `gitignorePath`. */
  forget(gitignorePath: string): void {
    this.cache.delete(dirname(gitignorePath));
  }

  clear(): void {
    this.cache.clear();
  }

  private ignoreFileOf(dir: string): Ignore | undefined {
    const cached = this.cache.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let ig: Ignore | null = null;
    try {
      ig = ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8'));
    } catch {
      ig = null;
    }
    this.cache.set(dir, ig);
    return ig ?? undefined;
  }
}
