/**
 * Helm charts in the language server.
 *
 * - The engine's chart context for a document: its chart's values.yaml (the open editor's text
 *   first, else the disk), Chart.yaml fields, and for values files what the templates use.
 * - Which open templates to lint again when a chart's values change. Each template lint records the
 *   values paths the template read (the server's index of value use); a values edit is compared
 *   with the values the templates were last linted against, key by key, and only the open
 *   templates that read a changed top-level key are linted again, plus the open templates of its
 *   subcharts (they see the chart's values under their key) and its open overlays (evaluated on
 *   top of values.yaml). Editing an overlay lints the overlay only: nothing else reads it.
 */
import { basename, dirname, join, sep } from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HelmLintContext } from '../engine/helm/template';
import type { ChartValues } from '../engine/helm/values';
import type { ParsedFile } from '../engine/lint';
import { resolveConfig } from '../engine/config';
import { isPair, nodeOffsets, pairKey } from '../engine/yaml';
import { chartRootOf, HelmCharts, isOverlayName } from '../workspace/helm-charts';
import { readSourceFile } from '../workspace/source-file';
import type { ChartRootCache } from '../workspace/chart-root';
import type { Projects } from './project';
import { fileUri, fsPathOf, type LintTarget } from './targets';

const MAX_FILE_BYTES = resolveConfig().maxFileSize;
/** Wait after a values edit before deciding which templates to lint again (edits come in bursts). */
const VALUES_SETTLE_MS = 150;

/**
 * Source text of each top-level entry, by key, across the stack's files as its templates see them
 * (a parent's file seen by a subchart holds the entries under the subchart's key, and `global`).
 */
function topLevel(values: ChartValues | undefined): Map<string, string> {
  const out = new Map<string, string>();
  (values?.files ?? []).forEach((file, layer) => {
    for (const item of file.root?.items ?? []) {
      if (!isPair(item)) continue;
      const key = pairKey(item);
      const k = nodeOffsets(item.key);
      const v = nodeOffsets(item.value) ?? k;
      if (key !== undefined && k && v) out.set(key, `${out.get(key) ?? ''}\0${layer}\0${file.text.slice(k[0], v[1])}`);
    }
  });
  return out;
}

/** Top-level keys (as the templates read them) whose entry differs between two values stacks. */
export function changedTopLevelKeys(before: ChartValues | undefined, after: ChartValues | undefined): Set<string> {
  const a = topLevel(before);
  const b = topLevel(after);
  const out = new Set<string>();
  for (const [k, v] of a) if (b.get(k) !== v) out.add(k);
  for (const k of b.keys()) if (!a.has(k)) out.add(k);
  return out;
}

export class HelmSupport {
  readonly charts: HelmCharts;
  /** Open templates: the chart they belong to, the values they were linted against and what they read. */
  private readonly templates = new Map<string, { root: string; values: ChartValues | undefined; reads: ReadonlySet<string> }>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly projects: Projects,
    private readonly chartRoots: ChartRootCache,
  ) {
    const disk = (absPath: string) => {
      const read = readSourceFile(absPath, MAX_FILE_BYTES);
      return read.ok ? read.text : undefined;
    };
    this.charts = new HelmCharts((absPath) => this.read(absPath), (absPath) => absPath, disk);
    this.disk = disk;
  }

  private readonly disk: (absPath: string) => string | undefined;

  /** A chart file's text: the open editor's, else the disk's. */
  read(absPath: string): string | undefined {
    return this.documents.get(fileUri(absPath))?.getText() ?? this.disk(absPath);
  }

  /** The engine's Helm context for a lint target (undefined outside charts). */
  contextFor(target: LintTarget): HelmLintContext | undefined {
    if (!target.helm) return undefined;
    if (!target.absPath) return target.helm;
    return this.charts.contextFor(target.absPath, target.helm);
  }

  /** Records what an open template read (after each lint of it). */
  linted(target: LintTarget, context: HelmLintContext | undefined, parsed: ParsedFile): void {
    if (!target.absPath || !target.helm || !parsed.template) {
      this.templates.delete(target.key);
      return;
    }
    const values = context?.values && 'files' in context.values ? context.values : undefined;
    this.templates.set(target.key, { root: chartRootOf(target.absPath, target.helm), values, reads: parsed.template.render.referenced });
  }

  closed(key: string): void {
    this.templates.delete(key);
  }

  /**
   * A file changed (an edit, or a change on disk): when it is a chart's values.yaml or Chart.yaml,
   * after a short pause, `relint` gets the keys of the open templates (and overlays) whose result may
   * change; when it is a template, the keys of the open overlays evaluated with it.
   */
  fileChanged(uri: string, relint: (keys: ReadonlySet<string>) => void): void {
    const absPath = fsPathOf(uri);
    if (!absPath) return;
    const helm = this.chartRoots.helmContextOf(absPath, this.projects.folderOf(absPath)?.path);
    if (!helm) return;
    const rel = helm.chartRelativePath;
    const name = basename(rel);
    const isValues = !rel.includes('/') && /^values\.ya?ml$/i.test(name);
    const isChart = !rel.includes('/') && /^Chart\.ya?ml$/i.test(name);
    const root = chartRootOf(absPath, helm);
    if (rel.startsWith('templates/') && /\.ya?ml$/i.test(name)) {
      // An overlay's findings come from the templates evaluated with it: of its own chart and of
      // its subcharts, so a template edit concerns the open overlays of this chart and its parents.
      const pendingKey = `${root}\0templates`;
      clearTimeout(this.pending.get(pendingKey));
      this.pending.set(
        pendingKey,
        setTimeout(() => {
          this.pending.delete(pendingKey);
          const keys = new Set<string>();
          for (const doc of this.documents.all()) {
            const path = fsPathOf(doc.uri);
            if (path && isOverlayName(basename(path)) && chartAndParents(root).includes(dirname(path))) keys.add(path);
          }
          if (keys.size > 0) relint(keys);
        }, VALUES_SETTLE_MS),
      );
      return;
    }
    if (!isValues && !isChart) return;
    clearTimeout(this.pending.get(root));
    this.pending.set(
      root,
      setTimeout(() => {
        this.pending.delete(root);
        const now = this.charts.valuesOf(root);
        const keys = new Set<string>();
        const subcharts = join(root, 'charts') + sep;
        for (const [key, t] of this.templates) {
          // A subchart's templates see this chart's values under their key (and `global`): their
          // stack holds that view, so they are compared like the chart's own templates.
          const subchart = t.root.startsWith(subcharts);
          if (t.root !== root && !subchart) continue;
          if (isChart || t.values === undefined) {
            keys.add(key);
            continue;
          }
          const changed = changedTopLevelKeys(t.values, subchart ? this.charts.valuesOf(t.root) : now);
          // `toYaml .Values` reads the root: any change counts.
          if ([...t.reads].some((p) => p === '' || changed.has(p.split('.')[0]!))) keys.add(key);
        }
        // Open overlays of the chart are evaluated on top of values.yaml.
        for (const doc of this.documents.all()) {
          const path = fsPathOf(doc.uri);
          if (path && dirname(path) === root && isOverlayName(basename(path))) keys.add(path);
        }
        if (keys.size > 0) relint(keys);
      }, VALUES_SETTLE_MS),
    );
  }

  dispose(): void {
    for (const handle of this.pending.values()) clearTimeout(handle);
    this.pending.clear();
  }
}

/** A chart root and the roots of the charts it is a subchart of (`<parent>/charts/<name>`). */
function chartAndParents(root: string): string[] {
  const out = [root];
  for (let r = root; basename(dirname(r)) === 'charts'; ) {
    r = dirname(dirname(r));
    out.push(r);
  }
  return out;
}
