/**
 * The catalog meta-test (STYLE.md §7): the rule catalog polices itself. Every rule has a stable,
 * well-formed id matching its file, complete metadata, a test table and up-to-date docs, and the
 * engine and rules stay pure (import boundary). Failures name the offending rule or file.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index';
import { CATALOG_ROWS, EXTRA_ROWS } from '../scripts/catalog-rows';
import { casesPath, checkDocs, ID_FAMILIES, idFamily, ruleSourcePath } from '../scripts/gen-docs';
import type { Rule } from '../server/src/engine/rule';
import { SEVERITIES, SOC2_CONTROLS } from '../server/src/engine/types';
import type { RuleTests } from './rule-tester';

const root = join(__dirname, '..');
const FIX_KINDS = ['quickfix', 'suggestion', 'none'];
const PROFILES = [undefined, 'default', 'strict'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    })
    .sort();
}

function rel(p: string): string {
  return relative(root, p).split(sep).join('/');
}

/** Metadata problems of one rule, as readable sentences. */
function metadataProblems(rule: Rule): string[] {
  const m = rule.meta;
  const problems: string[] = [];
  for (const key of ['title', 'description', 'remediation'] as const) {
    if (typeof m[key] !== 'string' || m[key].trim() === '') problems.push(`${key} is empty`);
  }
  if (!Array.isArray(m.controls) || m.controls.length === 0) problems.push('maps to no SOC 2 control');
  for (const c of m.controls ?? []) if (!(SOC2_CONTROLS as readonly string[]).includes(c)) problems.push(`control "${c}" is not in SOC2_CONTROLS`);
  if (new Set(m.controls).size !== m.controls.length) problems.push('lists a control twice');
  if (!(SEVERITIES as readonly string[]).includes(m.severity)) problems.push(`severity "${m.severity}" is not one of ${SEVERITIES.join(', ')}`);
  if (!FIX_KINDS.includes(m.fix)) problems.push(`fix kind "${m.fix}" is not one of ${FIX_KINDS.join(', ')}`);
  if (!PROFILES.includes(m.profile)) problems.push(`profile "${m.profile}" is not default or strict`);
  const messages = Object.entries<string>(m.messages ?? {});
  if (messages.length === 0) problems.push('has no messages');
  for (const [id, text] of messages) {
    if (typeof text !== 'string' || text.trim() === '') problems.push(`message "${id}" is empty`);
    // `{{name}}` exactly: the engine fills `{{ name }}` too, but the tester only spots unfilled `{{name}}`.
    else if (/\{\{|\}\}/.test(text.replace(/\{\{\w+\}\}/g, ''))) problems.push(`message "${id}" has a malformed placeholder: ${text}`);
  }
  if (!m.id.startsWith('SL')) {
    if (!Array.isArray(m.peers)) problems.push('declares no `peers` (use [] only when no peer tool has the check)');
    else if (m.peers.some((p) => typeof p !== 'string' || p.trim() === '')) problems.push('has an empty peer id');
  }
  return problems;
}

void describe('rule catalog', () => {
  void it('has rules', () => assert.ok(allRules.length > 0));

  void it('rule ids are unique', () => {
    const seen = new Map<string, number>();
    for (const r of allRules) seen.set(r.meta.id, (seen.get(r.meta.id) ?? 0) + 1);
    assert.deepEqual([...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} is registered ${n} times`), []);
  });

  void it('rule ids have the format of their kind (DF/K8S/HV/WS/SEC/SL + 3 digits)', () => {
    const problems = allRules.flatMap((r) => {
      const family = idFamily(r.meta.id);
      if (!family) return [`${r.meta.id}: id must be one of ${ID_FAMILIES.map((f) => `${f.prefix}###`).join(', ')}`];
      return family.kinds.includes(r.meta.kind) ? [] : [`${r.meta.id}: a ${family.prefix} rule must have kind ${family.kinds.join('|')}, not "${r.meta.kind}"`];
    });
    assert.deepEqual(problems, []);
  });

  void it('slugs are kebab-case and unique', () => {
    const problems = allRules.filter((r) => !KEBAB.test(r.meta.slug)).map((r) => `${r.meta.id}: slug "${r.meta.slug}" is not kebab-case`);
    const bySlug = new Map<string, string[]>();
    for (const r of allRules) bySlug.set(r.meta.slug, [...(bySlug.get(r.meta.slug) ?? []), r.meta.id]);
    for (const [slug, ids] of bySlug) if (ids.length > 1) problems.push(`slug "${slug}" is used by ${ids.join(', ')}`);
    assert.deepEqual(problems, []);
  });

  void it('the registry is sorted by id', () => {
    const ids = allRules.map((r) => r.meta.id);
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const firstOff = ids.findIndex((id, i) => id !== sorted[i]);
    assert.equal(firstOff, -1, `rules/index.ts: allRules is not sorted by id; ${ids[firstOff]} is where ${sorted[firstOff]} belongs`);
  });

  void it('every file under rules/ is a registered rule named <id>-<slug>.ts in its family folder', async () => {
    const problems: string[] = [];
    for (const file of walk(join(root, 'rules'))) {
      const path = rel(file);
      if (path === 'rules/index.ts') continue;
      if (!path.endsWith('.ts')) {
        problems.push(`${path}: only rule files belong under rules/`);
        continue;
      }
      const mod = (await import(pathToFileURL(file).href)) as { default?: Rule | { default?: Rule } };
      // tsx may hand a CommonJS-compiled module back with its exports under `default`.
      const rule = mod.default && 'meta' in mod.default ? mod.default : (mod.default as { default?: Rule } | undefined)?.default;
      if (!rule?.meta) {
        problems.push(`${path}: has no default-exported rule (export default defineRule({...}))`);
        continue;
      }
      const expected = ruleSourcePath(rule);
      if (expected !== path) problems.push(`${rule.meta.id}: file is ${path}, expected ${expected ?? 'a valid id first'}`);
      if (!allRules.includes(rule)) problems.push(`${rule.meta.id}: ${path} is not registered in rules/index.ts`);
    }
    for (const r of allRules) {
      const expected = ruleSourcePath(r);
      if (expected && !existsSync(join(root, expected))) problems.push(`${r.meta.id}: registered, but ${expected} does not exist`);
    }
    assert.deepEqual(problems, []);
  });

  for (const rule of allRules) {
    const id = rule.meta.id;
    void describe(`${id} ${rule.meta.slug}`, () => {
      void it(`${id} metadata is complete`, () => assert.deepEqual(metadataProblems(rule), [], `${id}: incomplete metadata`));

      void it(`${id} has a test table`, async () => {
        const testFile = `test/rules/${id.toLowerCase()}.test.ts`;
        assert.ok(existsSync(join(root, testFile)), `${id}: ${testFile} is missing (one table per rule, run with runRuleTests)`);
        const source = readFileSync(join(root, testFile), 'utf8');
        assert.match(source, /\brunRuleTests\s*\(/, `${id}: ${testFile} does not call runRuleTests`);
        const rulePath = ruleSourcePath(rule)?.replace(/\.ts$/, '') ?? '';
        assert.ok(source.includes(rulePath), `${id}: ${testFile} does not import ${rulePath}`);
        const cases = join(root, casesPath(id));
        if (existsSync(cases)) {
          const mod = (await import(pathToFileURL(cases).href)) as { cases?: RuleTests; default?: { cases?: RuleTests } };
          const table = mod.cases ?? mod.default?.cases;
          assert.ok(table, `${id}: ${casesPath(id)} must export \`const cases: RuleTests\``);
          assert.ok(table.valid.length > 0 && table.invalid.length > 0, `${id}: ${casesPath(id)} needs valid and invalid cases`);
        }
      });
    });
  }

  void it('the metadata check catches what it claims to', () => {
    const broken = {
      meta: {
        id: 'DF999', slug: 'no-x', kind: 'dockerfile', title: ' ', controls: ['CC9.9', 'CC6.1', 'CC6.1'], severity: 'fatal', description: 'd',
        remediation: '', fix: 'auto', profile: 'lax', messages: { a: '', b: 'Name {{ name }}', c: 'Open {{name', d: 'Fine {{name}}' },
      },
      check() {},
    } as unknown as Rule;
    assert.deepEqual(metadataProblems(broken), [
      'title is empty',
      'remediation is empty',
      'control "CC9.9" is not in SOC2_CONTROLS',
      'lists a control twice',
      'severity "fatal" is not one of error, warning, info',
      'fix kind "auto" is not one of quickfix, suggestion, none',
      'profile "lax" is not default or strict',
      'message "a" is empty',
      'message "b" has a malformed placeholder: Name {{ name }}',
      'message "c" has a malformed placeholder: Open {{name',
      'declares no `peers` (use [] only when no peer tool has the check)',
    ]);
  });

  void it('docs/rules/<ID>.md, docs/rules/README.md and docs/controls.md are up to date', async () => {
    const problems = await checkDocs(root);
    assert.deepEqual(problems, [], 'generated docs are out of date: run `npm run docs`');
  });
});

/** Allowed bare imports in the pure engine and the rules (STYLE.md §2). */
const PURE_PACKAGES = new Set(['yaml', 'dockerfile-ast', 'vscode-languageserver-types', 'vscode-languageserver-textdocument']);
const PURE_ROOTS = [join(root, 'server/src/engine'), join(root, 'rules')];

const IMPORT_PATTERNS = [
  /^\s*import\s+(?:type\s+)?[^'";]*?\s+from\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /^\s*export\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s*['"]([^'"]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Every module specifier a source file imports, with its 1-based line. */
function importsOf(source: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const m of source.matchAll(pattern)) {
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
      out.push({ spec: m[1]!, line: source.slice(0, at).split('\n').length });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Ambient impurity: clock, randomness, process state, console output. */
const IMPURE = [/\bprocess\./, /\bDate\.now\s*\(/, /\bnew Date\s*\(\s*\)/, /\bMath\.random\s*\(/, /\bconsole\./];

function codeLines(source: string): string[] {
  // Comment lines and trailing `//` comments are prose; a URL's `//` follows a colon, not a space.
  return source.split('\n').map((l) => (/^\s*(\/\/|\/\*|\*)/.test(l) ? '' : l.replace(/\s\/\/.*$/, '')));
}

const SHARED_CATALOG = join(root, '..', 'shared', 'CATALOG.md');

void describe('coverage of the peer catalog (scripts/catalog-rows.ts)', () => {
  void it('lists rows 1..N once each; every rule id is registered; a row without rules says why', () => {
    assert.deepEqual(
      CATALOG_ROWS.map((r) => r.row),
      CATALOG_ROWS.map((_, i) => i + 1),
    );
    const ids = new Set(allRules.map((r) => r.meta.id));
    for (const row of [...CATALOG_ROWS, ...EXTRA_ROWS]) {
      for (const id of row.rules) assert.ok(ids.has(id), `row ${row.row}: ${id} is not a registered rule`);
      if (row.rules.length === 0) assert.ok(row.note && row.note.length > 40, `row ${row.row} has no rule and no reason`);
      assert.ok((SOC2_CONTROLS as readonly string[]).some((c) => row.criterion.includes(c)), `row ${row.row}: criterion ${row.criterion}`);
    }
  });

  void it('has the rows of ../shared/CATALOG.md, in its order', { skip: existsSync(SHARED_CATALOG) ? false : `no ${SHARED_CATALOG}: it ships with the team's shared folder, not the repository` }, () => {
    const numbers = [...readFileSync(SHARED_CATALOG, 'utf8').matchAll(/^\| (\d+) \| /gm)].map((m) => Number(m[1]));
    assert.deepEqual(
      CATALOG_ROWS.map((r) => r.row),
      numbers,
    );
  });
});

void describe('engine boundary (server/src/engine, rules)', () => {
  const files = PURE_ROOTS.flatMap(walk).filter((f) => f.endsWith('.ts'));

  void it('imports only yaml, dockerfile-ast, vscode-languageserver-types/-textdocument and each other', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const { spec, line } of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!PURE_ROOTS.some((r) => target === r || target.startsWith(r + sep))) problems.push(`${rel(file)}:${line} imports ${spec}, outside server/src/engine and rules`);
        } else if (!PURE_PACKAGES.has(packageName(spec))) {
          problems.push(`${rel(file)}:${line} imports "${spec}"; the engine is pure (allowed: ${[...PURE_PACKAGES].join(', ')})`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  void it('reads no clock, randomness or process state and does not log', () => {
    const problems: string[] = [];
    for (const file of files) {
      codeLines(readFileSync(file, 'utf8')).forEach((text, i) => {
        for (const pattern of IMPURE) if (pattern.test(text)) problems.push(`${rel(file)}:${i + 1} uses ${pattern.source.replace(/\\[bs]|\\/g, '')}: ${text.trim()}`);
      });
    }
    assert.deepEqual(problems, []);
  });

  void it('the import scanner sees every form of import', () => {
    const sample = [
      "import a from 'one';",
      "import type { B } from 'two';",
      "import {\n  c,\n  d,\n} from 'three';",
      "import 'four';",
      "export * from 'five';",
      "export { e } from 'six';",
      "const f = await import('seven');",
      "const g = require('eight');",
      ' * import h from \'not-in-a-comment-line\'',
    ].join('\n');
    assert.deepEqual(importsOf(sample).map((x) => x.spec), ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']);
  });
});
