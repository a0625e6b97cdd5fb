/**
 * Helm chart roots for single files (the language server asks per open or changed file, where
 * `discoverFiles` finds them while walking). A file belongs to the nearest folder above it, itself
 * included, that holds Chart.yaml; lookups are cached per folder because the server asks on every
 * lint, and the cache is dropped when a Chart.yaml is created or deleted.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { HelmContext } from '../engine/classify';

const CHART_FILES = ['Chart.yaml', 'Chart.yml'];

export class ChartRootCache {
  /** `stopAt` + folder -> chart root above it (inclusive), or null when there is none. */
  private readonly roots = new Map<string, string | null>();

  /**
   * Chart root of the folder `dir`, searching upwards but never above `stopAt` (a workspace
   * folder) when given, so a chart outside the workspace does not change how its files are read.
   */
  chartRootOf(dir: string, stopAt?: string): string | undefined {
    const key = `${stopAt ?? ''}\0${dir}`;
    const cached = this.roots.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let found: string | null = null;
    if (CHART_FILES.some((name) => existsSync(join(dir, name)))) found = dir;
    else if (dir !== stopAt && dirname(dir) !== dir && (stopAt === undefined || isInside(dir, stopAt))) {
      found = this.chartRootOf(dirname(dir), stopAt) ?? null;
    }
    this.roots.set(key, found);
    return found ?? undefined;
  }

  /** The Helm context of a file, when it sits in a chart. */
  helmContextOf(absPath: string, stopAt?: string): HelmContext | undefined {
    const root = this.chartRootOf(dirname(absPath), stopAt);
    if (!root) return undefined;
    return { chartRelativePath: relative(root, absPath).split(sep).join('/') };
  }

  /** Forgets every lookup (a Chart.yaml appeared or went away somewhere). */
  clear(): void {
    this.roots.clear();
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
