/**
 * The example workspace the suites open, and what they expect in it. Expectations come from the
 * project's own CLI (`soc2lint scan -f json`, `--fix`) so the editor is checked against the same
 * engine run the other way, instead of a hand-kept list of rule ids.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../../server/src/engine/lint';
import { ROOT } from './paths';

export const DEMO = join(ROOT, 'examples', 'demo');
/** The files both suites look at, relative to the workspace root. */
export const DOCKERFILE = 'Dockerfile';
export const MANIFEST = 'k8s/api.yaml';
export const HELM_VALUES = 'charts/webapp/values.yaml';
export const EXPECTED_FILE_NAME = 'e2e-expected.json';

export interface CliFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  /** 1-based, as the CLI reports them. */
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  fixable: boolean;
}

interface CliReport {
  findings: CliFinding[];
  errors: unknown[];
}

/** What the extension-host suite reads (written next to the workspace folder). */
export interface Expectations {
  files: Record<string, { findings: ExpectedFinding[]; fixAllText: string; afterFixAll: ExpectedFinding[] }>;
}

export interface ExpectedFinding {
  ruleId: string;
  /** 1-based. */
  line: number;
  fixable: boolean;
}

/** Copies examples/demo to <runDir>/ws and returns its absolute path. */
export function prepareWorkspace(runDir: string, name = 'ws'): string {
  const ws = join(runDir, name);
  mkdirSync(ws, { recursive: true });
  cpSync(DEMO, ws, { recursive: true });
  return ws;
}

function cli(cwd: string, args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'soc2lint.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`soc2lint ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** `soc2lint scan <paths> -f json` run inside `cwd`; files come back relative to it. */
export function scan(cwd: string, paths: string[] = ['.'], extra: string[] = []): CliFinding[] {
  const report = JSON.parse(cli(cwd, ['scan', ...paths, '-f', 'json', '--fail-on', 'none', ...extra])) as CliReport;
  return report.findings;
}

export function findingsOf(findings: CliFinding[], rel: string): CliFinding[] {
  return findings.filter((f) => f.file === rel || f.file === `./${rel}`);
}

export function ruleIds(): string[] {
  return (JSON.parse(cli(ROOT, ['rules', '--format', 'json'])) as { id: string }[]).map((r) => r.id);
}

/**
 * The file's text after `soc2lint scan --fix` with only `ruleId` enabled: what applying that one
 * quick fix in the editor must leave on disk. Runs on a scratch copy of the whole workspace, so the
 * file keeps its path-based classification (a Helm values file next to its Chart.yaml).
 */
export function textAfterRuleFix(ws: string, scratchDir: string, rel: string, ruleId: string): string {
  cpSync(ws, scratchDir, { recursive: true });
  // A config file rather than `--rule ID=off` flags: the file is the documented, stable way.
  const config = `${scratchDir}.soc2lint.yaml`;
  writeFileSync(config, `rules:\n${ruleIds().filter((id) => id !== ruleId).map((id) => `  ${id}: off\n`).join('')}`);
  cli(scratchDir, ['scan', rel, '--fix', '-c', config, '--fail-on', 'none']);
  return readFileSync(join(scratchDir, rel), 'utf8');
}

/** The title of the engine's fix for the finding of `ruleId` on 1-based `line` (what Ctrl+. lists). */
export function fixTitle(absFile: string, rel: string, ruleId: string, line: number): string {
  const result = lintDocument({ uri: `file:///ws/${rel}`, text: readFileSync(absFile, 'utf8') });
  const finding = result.findings.find((f) => f.ruleId === ruleId && f.range.start.line + 1 === line && f.fix);
  if (!finding?.fix) throw new Error(`e2e: the engine offers no fix for ${ruleId} at ${rel}:${line}`);
  return finding.fix.title;
}

/**
 * Writes <runDir>/e2e-expected.json for the extension-host suite: the CLI's findings for the three
 * files (scanned as a workspace, as the language server's index sees them) and each file's text
 * after `soc2lint scan --fix` (what source.fixAll.soc2lint must produce) and the findings left then.
 */
export function writeExpectations(runDir: string, ws: string): Expectations {
  const all = scan(ws);
  const fixed = join(runDir, 'fixall-scratch');
  cpSync(ws, fixed, { recursive: true });
  cli(fixed, ['scan', '.', '--fix', '--fail-on', 'none']);
  const left = scan(fixed);
  const brief = (f: CliFinding): ExpectedFinding => ({ ruleId: f.ruleId, line: f.range.start.line, fixable: f.fixable });
  const expectations: Expectations = { files: {} };
  for (const rel of [DOCKERFILE, MANIFEST, HELM_VALUES]) {
    expectations.files[rel] = {
      findings: findingsOf(all, rel).map(brief),
      fixAllText: readFileSync(join(fixed, rel), 'utf8'),
      afterFixAll: findingsOf(left, rel).map(brief),
    };
  }
  writeFileSync(join(runDir, EXPECTED_FILE_NAME), JSON.stringify(expectations, null, 2));
  return expectations;
}
