/**
 * File discovery for a scan: walks folders, honours `.gitignore` files (each applies to its own
 * subtree, the deepest matching rule wins as in git) and exclude globs, always skips `.git` and
 * `node_modules`, and finds Helm chart roots (folders holding Chart.yaml) so values files and
 * templates are classified as Helm files.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import { classifyPath, type HelmContext } from '../engine/classify';

/** Folders never scanned, whatever the ignore files say. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
const CHART_FILES = ['Chart.yaml', 'Chart.yml'];

/** A glob with the folder it is relative to. */
export interface ExcludePattern {
  pattern: string;
  baseDir: string;
}

export interface DiscoveredFile {
  absPath: string;
  /** Path shown to users and used as the engine uri: relative to the cwd, `/` separators. */
  displayPath: string;
  helm: HelmContext | undefined;
  /** Named on the command line (so .gitignore does not apply to it). */
  explicit: boolean;
}

/** Why a file was not analysed; `not-analysed`: the engine read it and skipped it (e.g. a Helm helper file). */
export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'excluded' | 'not-analysed';

export interface SkippedFile {
  displayPath: string;
  reason: SkipReason;
  detail: string;
}

export interface DiscoverOptions {
  cwd: string;
  excludes: ExcludePattern[];
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
}

/** A missing path argument; the CLI turns it into exit code 2. */
export class PathError extends Error {
  override readonly name = 'PathError';
}

interface IgnoreLayer {
  baseDir: string;
  ig: Ignore;
}

export function toDisplayPath(cwd: string, absPath: string): string {
  const rel = relative(cwd, absPath);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Whether a path matches an exclude glob. Globs without `/` match a name at any depth. */
export function isExcluded(absPath: string, isDir: boolean, excludes: readonly ExcludePattern[]): boolean {
  for (const { pattern, baseDir } of excludes) {
    const rel = toPosix(relative(baseDir, absPath));
    if (rel === '' || rel.startsWith('..')) {
      if (!pattern.includes('/')) {
        // A bare name still matches the file itself wherever it is.
        const name = absPath.slice(absPath.lastIndexOf(sep) + 1);
        if (minimatch(name, pattern, { dot: true })) return true;
      }
      continue;
    }
    const opts = { dot: true, matchBase: !pattern.includes('/') };
    const p = pattern.replace(/^\.\//, '');
    // `dir/**` matches `dir/` but not `dir`: test folders both ways so the walk prunes them.
    if (minimatch(rel, p, opts) || (isDir && minimatch(`${rel}/`, p, opts))) return true;
  }
  return false;
}

function readIgnoreFile(dir: string): Ignore | undefined {
  const file = join(dir, '.gitignore');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return ignore().add(text);
}

/** Deepest layer with a matching rule decides: a nested `!pattern` re-includes what a parent ignored. */
function isGitIgnored(layers: readonly IgnoreLayer[], absPath: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const rel = toPosix(relative(layer.baseDir, absPath));
    if (rel === '' || rel.startsWith('..')) continue;
    const result = layer.ig.test(isDir ? `${rel}/` : rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

/** Nearest ancestor (inclusive) holding `.git`, i.e. the repository root, if any. */
function repositoryRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Ignore files of the folders above a scan root, up to its repository root (git applies them too). */
function ancestorIgnoreLayers(root: string): IgnoreLayer[] {
  const repo = repositoryRoot(dirname(root));
  if (!repo) return [];
  const dirs: string[] = [];
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    dirs.unshift(dir);
    if (dir === repo || dirname(dir) === dir) break;
  }
  const layers: IgnoreLayer[] = [];
  for (const dir of dirs) {
    const ig = readIgnoreFile(dir);
    if (ig) layers.push({ baseDir: dir, ig });
  }
  return layers;
}

function holdsChart(dir: string): boolean {
  return CHART_FILES.some((name) => existsSync(join(dir, name)));
}

/** Chart root of a path given on the command line: the nearest ancestor (inclusive) with Chart.yaml. */
function chartRootAbove(start: string): string | undefined {
  const stop = repositoryRoot(start);
  for (let dir = start; ; dir = dirname(dir)) {
    if (holdsChart(dir)) return dir;
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

function helmContext(chartRoot: string | undefined, absPath: string): HelmContext | undefined {
  if (!chartRoot) return undefined;
  return { chartRelativePath: toPosix(relative(chartRoot, absPath)) };
}

/**
 * Lists the files to lint under `paths` (files or folders), sorted by display path. Files whose
 * name says they can never be linted (images, Markdown ...) are left out without a note; candidates
 * are checked for size and content later, when read.
 */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): Discovery {
  const { cwd, excludes } = options;
  const files = new Map<string, DiscoveredFile>();
  const skipped: SkippedFile[] = [];

  const addFile = (absPath: string, chartRoot: string | undefined, explicit: boolean) => {
    if (files.has(absPath)) return;
    const displayPath = toDisplayPath(cwd, absPath);
    const helm = helmContext(chartRoot, absPath);
    if (!explicit && classifyPath(absPath, helm) === 'ignored') return;
    files.set(absPath, { absPath, displayPath, helm, explicit });
  };

  const walk = (dir: string, layers: IgnoreLayer[], chartRoot: string | undefined) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ displayPath: toDisplayPath(cwd, dir), reason: 'unreadable', detail: `cannot list folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const own = entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) ? readIgnoreFile(dir) : undefined;
    const here = own ? [...layers, { baseDir: dir, ig: own }] : layers;
    const chart = entries.some((e) => CHART_FILES.includes(e.name) && !e.isDirectory()) ? dir : chartRoot;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Linked files are linted; linked folders are not followed (no cycles, as git does).
        try {
          isFile = statSync(abs).isFile();
        } catch {
          isFile = false;
        }
        isDir = false;
      }
      if (isDir && ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
      if (!isDir && !isFile) continue;
      if (isGitIgnored(here, abs, isDir) || isExcluded(abs, isDir, excludes)) continue;
      if (isDir) walk(abs, here, chart);
      else addFile(abs, chart, false);
    }
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stats;
    try {
      stats = statSync(abs);
    } catch {
      throw new PathError(`no such file or folder: ${p}`);
    }
    if (stats.isDirectory()) {
      // A folder the user names is scanned even when an ignore file above it lists it.
      const above = ancestorIgnoreLayers(abs);
      walk(abs, isGitIgnored(above, abs, true) ? [] : above, chartRootAbove(abs));
    } else if (isExcluded(abs, false, excludes)) {
      skipped.push({ displayPath: toDisplayPath(cwd, abs), reason: 'excluded', detail: 'matches an exclude pattern' });
    } else {
      addFile(abs, chartRootAbove(dirname(abs)), true);
    }
  }
  const sorted = [...files.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files: sorted, skipped };
}
