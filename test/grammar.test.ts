/**
 * The suppression-comment injection grammar (syntaxes/soc2lint-suppression.injection.tmLanguage.json),
 * tokenised with vscode-textmate + vscode-oniguruma, the engine VS Code itself uses. The host
 * grammars below are minimal copies of the rules that matter in the real ones:
 * - VS Code's Dockerfile grammar: a comment is ONE match rule `^(\s*)((#).*$\n?)` (no comment scope
 *   to inject into), strings are begin/end;
 * - VS Code's YAML grammar (`source.yaml` includes `source.yaml.1.2`): a comment is a begin/end rule
 *   `(?<=[\x{FEFF}\t ]|^)#` .. `\r|\n` named comment.line.number-sign.yaml; block scalars and quoted
 *   strings are not comments;
 * - the Kubernetes extension's Helm grammar (`source.helm`): a wrapper rule around a `#` .. `\n` comment.
 * Which host scopes receive the injection is read from package.json (`contributes.grammars[].injectTo`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..');
const INJECTION_SCOPE = 'soc2lint.suppression.injection';

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { grammars: GrammarContribution[] } };
const contribution = manifest.contributes.grammars.find((g) => g.scopeName === INJECTION_SCOPE);

const hostGrammars: Record<string, object> = {
  'source.dockerfile': {
    scopeName: 'source.dockerfile',
    patterns: [
      {
        match: '^\\s*(?:(ONBUILD)\\s+)?(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|FROM|HEALTHCHECK|LABEL|RUN|SHELL|USER|VOLUME|WORKDIR)\\s',
        captures: { 1: { name: 'keyword.control.dockerfile' }, 2: { name: 'keyword.other.special-method.dockerfile' } },
      },
      { begin: '"', end: '"', name: 'string.quoted.double.dockerfile' },
      { begin: "'", end: "'", name: 'string.quoted.single.dockerfile' },
      {
        match: '^(\\s*)((#).*$\\n?)',
        captures: {
          1: { name: 'punctuation.whitespace.comment.leading.dockerfile' },
          2: { name: 'comment.line.number-sign.dockerfile' },
          3: { name: 'punctuation.definition.comment.dockerfile' },
        },
      },
    ],
  },
  'source.yaml': { scopeName: 'source.yaml', patterns: [{ include: 'source.yaml.1.2' }] },
  'source.yaml.1.2': {
    scopeName: 'source.yaml.1.2',
    patterns: [{ include: '#block-scalar' }, { include: '#double' }, { include: '#key' }, { include: '#comment' }],
    repository: {
      'block-scalar': {
        begin: '([|>])[-+]?(?=[ \\t]*$)',
        end: '^(?=\\S)',
        beginCaptures: { 1: { name: 'keyword.control.flow.block-scalar.literal.yaml' } },
        contentName: 'string.unquoted.block.yaml',
      },
      double: { begin: '"', end: '"', name: 'string.quoted.double.yaml' },
      key: { match: '[^\\s:#"][^:#"]*(?=:(?:\\s|$))', name: 'entity.name.tag.yaml' },
      comment: {
        begin: '(?<=[\\x{FEFF}\\t ]|^)#',
        end: '\\r|\\n',
        captures: { 0: { name: 'punctuation.definition.comment.yaml' } },
        name: 'comment.line.number-sign.yaml',
      },
    },
  },
  'source.helm': {
    scopeName: 'source.helm',
    patterns: [
      { begin: '({{-?)\\s*', end: '\\s*(-?}})', name: 'meta.tag.gotpl.instruction' },
      {
        begin: '(?:(^[ \\t]*)|[ \\t]+)(?=#\\p{Print}*$)',
        beginCaptures: { 1: { name: 'punctuation.whitespace.comment.leading.yaml' } },
        end: '(?!\\G)',
        patterns: [
          { begin: '#', beginCaptures: { 0: { name: 'punctuation.definition.comment.yaml' } }, end: '\\n', name: 'comment.line.number-sign.yaml' },
        ],
      },
    ],
  },
};

let registry: vsctm.Registry;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === INJECTION_SCOPE && contribution) {
        const path = join(root, contribution.path);
        return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
      }
      const host = hostGrammars[scopeName];
      return host ? vsctm.parseRawGrammar(JSON.stringify(host), `${scopeName}.json`) : null;
    },
    getInjections: (scopeName) => (contribution?.injectTo?.includes(scopeName) ? [INJECTION_SCOPE] : undefined),
  });
});

interface Token {
  text: string;
  start: number;
  scopes: string[];
}

/** Tokenises `text` (lines separated by \n) with the host grammar; returns the tokens of each line. */
async function tokenize(scopeName: string, text: string): Promise<Token[][]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName}`);
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
  });
}

/** Scopes of every token overlapping `needle`'s first occurrence in the line; fails if absent. */
function scopesOf(tokens: Token[], needle: string): string[][] {
  const line = tokens.map((t) => t.text).join('');
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in "${line}"`);
  return tokens.filter((t) => t.start < at + needle.length && t.start + t.text.length > at).map((t) => t.scopes);
}

function assertScope(tokens: Token[], needle: string, scope: string): void {
  for (const scopes of scopesOf(tokens, needle)) assert.ok(scopes.includes(scope), `"${needle}" should be ${scope}; got ${scopes.join(' ')}`);
}

function assertNoSoc2lint(tokens: Token[]): void {
  for (const t of tokens) assert.ok(!t.scopes.some((s) => s.endsWith('.soc2lint')), `"${t.text}" got ${t.scopes.join(' ')}`);
}

void describe('suppression injection grammar: manifest', () => {
  void it('is contributed with injectTo for the Dockerfile, YAML and Helm grammars', () => {
    assert.ok(contribution, `package.json contributes.grammars has ${INJECTION_SCOPE}`);
    assert.deepEqual([...(contribution.injectTo ?? [])].sort(), ['source.dockerfile', 'source.helm', 'source.yaml']);
    const grammar = JSON.parse(readFileSync(join(root, contribution.path), 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(grammar.scopeName, INJECTION_SCOPE);
    assert.match(grammar.injectionSelector, /comment\.line\.number-sign\.yaml/);
    assert.match(grammar.injectionSelector, /source\.dockerfile/);
  });
});

void describe('suppression injection grammar: Dockerfile', () => {
  void it('highlights keyword, ids, until and reason inside the comment', async () => {
    const [line] = await tokenize('source.dockerfile', '# soc2lint-ignore DF001,K8S002 until=2027-01-31: legacy agent needs root');
    assert.ok(line);
    assertScope(line, '#', 'punctuation.definition.comment.dockerfile');
    assertScope(line, 'soc2lint-ignore', 'keyword.control.directive.suppression.soc2lint');
    assertScope(line, 'DF001', 'constant.other.rule-id.soc2lint');
    assertScope(line, ',', 'punctuation.separator.comma.soc2lint');
    assertScope(line, 'K8S002', 'constant.other.rule-id.soc2lint');
    assertScope(line, 'until', 'keyword.other.until.soc2lint');
    assertScope(line, '2027-01-31', 'constant.numeric.date.soc2lint');
    assertScope(line, ':', 'punctuation.separator.reason.soc2lint');
    assertScope(line, 'legacy agent needs root', 'string.unquoted.reason.soc2lint');
    // The whole line stays a comment for themes and for VS Code's comment-aware features.
    for (const t of line) assert.ok(t.scopes.includes('comment.line.number-sign.dockerfile'), `"${t.text}": ${t.scopes.join(' ')}`);
  });

  void it('handles -file, indentation, no spaces, lower-case ids and ALL', async () => {
    const lines = await tokenize('source.dockerfile', ['  # soc2lint-ignore-file DF001: base image is distroless', '#soc2lint-ignore df001:reason', '# soc2lint-ignore all: vendored'].join('\n'));
    const [a, b, c] = lines as [Token[], Token[], Token[]];
    assertScope(a, 'soc2lint-ignore-file', 'keyword.control.directive.suppression.soc2lint');
    assertScope(a, '  ', 'punctuation.whitespace.comment.leading.dockerfile');
    assertScope(b, 'soc2lint-ignore', 'keyword.control.directive.suppression.soc2lint');
    assertScope(b, 'df001', 'constant.other.rule-id.soc2lint');
    assertScope(b, 'reason', 'string.unquoted.reason.soc2lint');
    assertScope(c, 'all', 'constant.language.all-rules.soc2lint');
  });

  void it('marks malformed dates and unknown ids as invalid; a missing reason leaves no reason token', async () => {
    const [line, noReason] = (await tokenize('source.dockerfile', '# soc2lint-ignore CKV_K8S_16 DF001 until=2027-1-31: x\n# soc2lint-ignore DF001')) as [Token[], Token[]];
    assertScope(line, 'CKV_K8S_16', 'invalid.illegal.unknown-rule-id.soc2lint');
    assertScope(line, 'DF001', 'constant.other.rule-id.soc2lint');
    assertScope(line, '2027-1-31', 'invalid.illegal.date.soc2lint');
    assertScope(noReason, 'DF001', 'constant.other.rule-id.soc2lint');
    assert.ok(!noReason.some((t) => t.scopes.includes('string.unquoted.reason.soc2lint')));
  });

  void it('leaves other comments, strings and the following instruction alone', async () => {
    const lines = await tokenize('source.dockerfile', ['# plain comment about soc2lint', '# soc2lint-ignored DF001: not a directive', 'RUN echo "# soc2lint-ignore DF001: x"', '# soc2lint-ignore DF001: ok', 'USER root'].join('\n'));
    const [plain, near, inString, directive, user] = lines as [Token[], Token[], Token[], Token[], Token[]];
    assertNoSoc2lint(plain);
    assertScope(plain, 'plain comment', 'comment.line.number-sign.dockerfile');
    assertNoSoc2lint(near);
    assertNoSoc2lint(inString);
    assertScope(directive, 'DF001', 'constant.other.rule-id.soc2lint');
    assertNoSoc2lint(user);
    assertScope(user, 'USER', 'keyword.other.special-method.dockerfile');
  });
});

void describe('suppression injection grammar: YAML', () => {
  void it('highlights a full-line and a trailing directive inside YAML comments', async () => {
    const text = ['# soc2lint-ignore K8S002,K8S003 until=2026-12-31: vendor agent, risk accepted in SEC-142', 'spec:', '  image: nginx  # soc2lint-ignore-file K8S010: pinned by digest upstream'].join('\n');
    const [full, key, trailing] = (await tokenize('source.yaml', text)) as [Token[], Token[], Token[]];
    assertScope(full, 'soc2lint-ignore', 'keyword.control.directive.suppression.soc2lint');
    assertScope(full, 'K8S003', 'constant.other.rule-id.soc2lint');
    assertScope(full, '2026-12-31', 'constant.numeric.date.soc2lint');
    assertScope(full, 'vendor agent, risk accepted in SEC-142', 'string.unquoted.reason.soc2lint');
    assertScope(full, 'K8S002', 'comment.line.number-sign.yaml');
    assertScope(key, 'spec', 'entity.name.tag.yaml');
    assertNoSoc2lint(key);
    assertScope(trailing, 'image', 'entity.name.tag.yaml');
    assertNoSoc2lint(trailing.filter((t) => !t.scopes.includes('comment.line.number-sign.yaml')));
    assertScope(trailing, 'soc2lint-ignore-file', 'keyword.control.directive.suppression.soc2lint');
    assertScope(trailing, 'pinned by digest upstream', 'string.unquoted.reason.soc2lint');
  });

  void it('takes the reason from the first colon on, colons included', async () => {
    const [line] = (await tokenize('source.yaml', '# soc2lint-ignore K8S002: see: ticket 42')) as [Token[]];
    assertScope(line, 'see: ticket 42', 'string.unquoted.reason.soc2lint');
  });

  void it('ignores the text in block scalars, quoted strings and a # without a space before it', async () => {
    const text = ['script: |', '  # soc2lint-ignore K8S002: part of a shell script', 'b: "x # soc2lint-ignore K8S002: y"', 'c: b#soc2lint-ignore K8S002: z'].join('\n');
    const [, block, quoted, glued] = (await tokenize('source.yaml', text)) as [Token[], Token[], Token[], Token[]];
    assertNoSoc2lint(block);
    assertScope(block, 'soc2lint-ignore', 'string.unquoted.block.yaml');
    assertNoSoc2lint(quoted);
    assertNoSoc2lint(glued);
  });
});

void describe('suppression injection grammar: Helm', () => {
  void it('highlights a directive in a Helm template comment', async () => {
    const [, line] = (await tokenize('source.helm', '{{- if .Values.agent }}\n# soc2lint-ignore HV001: chart default overridden per environment')) as [Token[], Token[]];
    assertScope(line, 'soc2lint-ignore', 'keyword.control.directive.suppression.soc2lint');
    assertScope(line, 'HV001', 'constant.other.rule-id.soc2lint');
    assertScope(line, 'chart default overridden per environment', 'string.unquoted.reason.soc2lint');
  });
});
