/**
 * RuleTester in the ESLint spirit (STYLE.md §7). A table per rule; the tester polices its own cases:
 * - a valid case must produce no finding of the rule;
 * - an invalid case must produce exactly the listed findings (message id and exact range);
 * - where `output` is given, applying every fix of the rule gives exactly that text, which re-lints
 *   clean for the rule and still parses; where the rule reports a fix and no output is given, fail;
 * - a suppression comment above each invalid case's first finding silences it (unless the case says
 *   why it cannot be tested that way).
 * Ranges are written `[line, character, endLine, endCharacter]`, 0-based, end exclusive (LSP).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../server/src/engine/fixes';
import { lintDocument, type LintOptions } from '../server/src/engine/lint';
import type { Rule } from '../server/src/engine/rule';
import { LineIndex } from '../server/src/engine/positions';
import type { FileKind, Finding, LintConfig, Range } from '../server/src/engine/types';
import { extractFacts, WorkspaceIndex } from '../server/src/engine/workspace-index';
import { parseYaml } from '../server/src/engine/yaml';

export type RangeTuple = [number, number, number, number];

export interface CaseBase {
  /** Test name; defaults to the first line of code. */
  name?: string;
  code: string;
  /** File name; defaults by rule kind (Dockerfile, manifest.yaml, values.yaml). */
  filename?: string;
  kind?: FileKind;
  config?: Partial<LintConfig>;
  /** Other manifests in the workspace (cross-file rules). The case's own file is indexed too. */
  workspace?: Record<string, string>;
  /** Cases must parse cleanly (a broken fixture proves nothing) unless this says why not. */
  allowParseErrors?: string;
}

export interface ValidCase extends CaseBase {}

export interface ExpectedError {
  messageId: string;
  range: RangeTuple;
  /** Substring the message must contain. */
  message?: string;
  /** Expected suggestion titles, in order (when the rule offers suggestions). */
  suggestions?: string[];
}

export interface InvalidCase extends CaseBase {
  errors: ExpectedError[];
  /** The text after applying every fix of the rule (omit only when the rule reports no fix). */
  output?: string;
  /** Set with a reason when the automatic suppression check cannot apply. */
  skipSuppressionCheck?: string;
}

export interface RuleTests {
  valid: (ValidCase | string)[];
  invalid: InvalidCase[];
}

const DEFAULT_FILENAMES: Record<string, string> = {
  dockerfile: 'Dockerfile',
  kubernetes: 'manifest.yaml',
  workspace: 'manifest.yaml',
  'helm-values': 'values.yaml',
  any: 'manifest.yaml',
};

function defaultKind(rule: Rule, filename: string): FileKind | undefined {
  if (rule.meta.kind === 'helm-values') return 'helm-values';
  if (rule.meta.kind === 'kubernetes' || rule.meta.kind === 'workspace') return 'kubernetes';
  if (/dockerfile/i.test(filename)) return 'dockerfile';
  return undefined;
}

function toTuple(r: Range): RangeTuple {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

export function lintWithRule(rule: Rule, c: CaseBase, code = c.code): Finding[] {
  const filename = c.filename ?? DEFAULT_FILENAMES[rule.meta.kind] ?? 'manifest.yaml';
  const uri = `file:///ws/${filename}`;
  const kind = c.kind ?? defaultKind(rule, filename);
  const options: LintOptions = { rules: [rule], onRuleError: (id, e) => { throw new Error(`${id} threw: ${String((e as Error)?.stack ?? e)}`); } };
  if (rule.meta.kind === 'workspace' || c.workspace) {
    const index = new WorkspaceIndex();
    const ns = c.config?.defaultNamespace ?? 'default';
    for (const [name, text] of Object.entries(c.workspace ?? {})) index.setFile(`file:///ws/${name}`, extractFacts(`file:///ws/${name}`, parseYaml(text, new LineIndex(text)).docs, ns));
    index.setFile(uri, extractFacts(uri, parseYaml(code, new LineIndex(code)).docs, ns));
    options.index = index;
  }
  const input = kind ? { uri, text: code, kind } : { uri, text: code };
  // A table tests the rule itself: a strict-profile rule runs under the strict profile unless the case says otherwise.
  const profile = rule.meta.profile === 'strict' ? { profile: 'strict' as const } : {};
  return lintDocument(input, { today: '2026-06-01', ...profile, ...c.config }, options).findings.filter((f) => f.ruleId === rule.meta.id);
}

function parses(rule: Rule, c: CaseBase, text: string): string[] {
  const filename = c.filename ?? DEFAULT_FILENAMES[rule.meta.kind] ?? 'manifest.yaml';
  const kind = c.kind ?? defaultKind(rule, filename);
  const input = kind ? { uri: `file:///ws/${filename}`, text, kind } : { uri: `file:///ws/${filename}`, text };
  return lintDocument(input, {}, { rules: [] }).parseProblems.map((p) => p.message);
}

/** Inserts a suppression comment for `ruleId` above `line`, at that line's indentation. */
export function withSuppression(code: string, line: number, ruleId: string): string {
  const lines = new LineIndex(code);
  const text = lines.lineText(line);
  const indent = /^[ \t]*(- )?/.exec(text)?.[0].replace('- ', '  ') ?? '';
  const at = lines.lineStartOffset(line);
  return `${code.slice(0, at)}${indent}# soc2lint-ignore ${ruleId}: covered by rule tester${lines.eol}${code.slice(at)}`;
}

export function runRuleTests(rule: Rule, tests: RuleTests): void {
  void describe(`${rule.meta.id} ${rule.meta.slug}`, () => {
    assert.ok(tests.valid.length > 0, `${rule.meta.id}: needs at least one valid case`);
    assert.ok(tests.invalid.length > 0, `${rule.meta.id}: needs at least one invalid case`);
    for (const v of tests.valid) {
      const c: ValidCase = typeof v === 'string' ? { code: v } : v;
      void it(`valid: ${c.name ?? firstLine(c.code)}`, () => {
        if (!c.allowParseErrors) assert.deepEqual(parses(rule, c, c.code), [], 'the case itself must parse');
        const findings = lintWithRule(rule, c);
        assert.deepEqual(findings.map((f) => `${f.messageId} ${JSON.stringify(toTuple(f.range))} ${f.message}`), []);
      });
    }
    for (const c of tests.invalid) {
      void it(`invalid: ${c.name ?? firstLine(c.code)}`, () => {
        if (!c.allowParseErrors) assert.deepEqual(parses(rule, c, c.code), [], 'the case itself must parse');
        const findings = lintWithRule(rule, c);
        assert.deepEqual(
          findings.map((f) => ({ messageId: f.messageId, range: toTuple(f.range) })),
          c.errors.map((e) => ({ messageId: e.messageId, range: e.range })),
        );
        c.errors.forEach((e, i) => {
          const f = findings[i]!;
          assert.ok(rule.meta.messages[f.messageId as never] !== undefined);
          assert.doesNotMatch(f.message, /\{\{\w+\}\}/, 'message has an unfilled placeholder');
          if (e.message) assert.ok(f.message.includes(e.message), `message "${f.message}" lacks "${e.message}"`);
          if (e.suggestions) assert.deepEqual((f.suggestions ?? []).map((s) => s.title), e.suggestions);
        });
        const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
        if (fixes.length > 0) {
          assert.ok(c.output !== undefined, 'the rule reports a fix: the case must state its output');
          assert.ok(rule.meta.fix === 'quickfix', 'a rule with fix kind other than quickfix reported a fix');
          // Apply until stable, as `--fix` does: overlapping fixes land in a later pass.
          let text = c.code;
          for (let pass = 0; pass < 10; pass++) {
            const pending = lintWithRule(rule, c, text).flatMap((f) => (f.fix ? [f.fix] : []));
            if (pending.length === 0) break;
            text = applyFixes(text, pending).text;
          }
          assert.equal(text, c.output);
          assert.deepEqual(parses(rule, c, text), [], 'the fixed text must still parse');
          assert.deepEqual(lintWithRule(rule, c, text).map((f) => f.message), [], 'the fixed text must lint clean for the rule');
        } else {
          assert.equal(c.output, undefined, 'the case states an output but the rule reported no fix');
        }
        if (!c.skipSuppressionCheck && findings.length > 0) {
          const lines = [...new Set(findings.map((f) => f.range.start.line))].sort((a, b) => b - a);
          let suppressed = c.code;
          for (const line of lines) suppressed = withSuppression(suppressed, line, rule.meta.id);
          assert.deepEqual(lintWithRule(rule, c, suppressed).map((f) => f.message), [], 'a suppression comment must silence the finding');
        }
      });
    }
  });
}

function firstLine(code: string): string {
  const l = code.split(/\r?\n/).find((x) => x.trim() && !x.trim().startsWith('#')) ?? code;
  return l.length > 60 ? `${l.slice(0, 57)}...` : l;
}
