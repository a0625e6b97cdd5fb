/**
 * The extension manifest (package.json) against the code it describes: the settings the language
 * server reads, the commands the client registers, the documents it selects, workspace trust, the
 * generated `.soc2lint.yaml` schema and what goes into the .vsix. The client itself needs the real
 * `vscode` module, so it is driven end to end in code-server (test/e2e); this file checks the parts
 * that are plain data.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import { activationEvents, documentSelector, FILE_PATTERNS, LANGUAGE_IDS } from '../../client/src/selectors';
import { allRules } from '../../rules/index';
import { SCHEMA_PATH, schemaText } from '../../scripts/gen-schema';
import { defaultSettings, MAX_DEBOUNCE_MS, parseSettings } from '../../server/src/lsp/settings';
import { parseConfigText } from '../../server/src/workspace/config-file';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface SettingSchema {
  type: string;
  default: unknown;
  scope?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  restricted?: boolean;
  items?: { type: string };
  patternProperties?: Record<string, { enum?: string[] }>;
  additionalProperties?: boolean;
}

interface Manifest {
  main: string;
  icon: string;
  engines: { vscode: string };
  activationEvents: string[];
  categories: string[];
  repository: { url: string };
  capabilities: { virtualWorkspaces: boolean; untrustedWorkspaces: { supported: string; description: string; restrictedConfigurations: string[] } };
  contributes: {
    configuration: { properties: Record<string, SettingSchema> };
    commands: { command: string; title: string; category: string }[];
    yamlValidation: { fileMatch: string[]; url: string }[];
    grammars: { scopeName: string; path: string; injectTo?: string[] }[];
  };
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const settings = manifest.contributes.configuration.properties;
const knownIds = new Set(allRules.map((r) => r.meta.id));

/** The setting paths (below `soc2lint.`) parseSettings looks up, recorded through a Proxy. */
function settingsReadByServer(): string[] {
  const read = new Set<string>();
  const raw = new Proxy({} as Record<string, unknown>, {
    has: (_target, key) => {
      if (typeof key === 'string') read.add(key);
      return false;
    },
    get: () => undefined,
  });
  parseSettings(raw, knownIds, () => undefined);
  return [...read].sort();
}

/** `{a: {b: value}}` for `a.b`, as VS Code sends the `soc2lint` section. */
function nested(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

/** Values of the contributed type, which the server must accept without a warning. */
function samplesFor(schema: SettingSchema): unknown[] {
  if (schema.enum) return schema.enum;
  switch (schema.type) {
    case 'boolean':
      return [true, false];
    case 'number':
      return [schema.minimum ?? 0, 250, schema.maximum ?? 1000];
    case 'array':
      return [[], ['vendor/**', 'registry.example.com']];
    case 'object':
      return [{}, { K8S002: 'warning' }, { DF001: 'off', SL002: 'error' }];
    default:
      return [];
  }
}

void describe('manifest: settings', () => {
  const readByServer = settingsReadByServer();

  void it('contributes every setting the server reads, and no other soc2lint setting', () => {
    assert.ok(readByServer.length >= 7, `server reads ${readByServer.join(', ')}`);
    assert.deepEqual(Object.keys(settings).sort(), readByServer.map((p) => `soc2lint.${p}`).sort());
  });

  for (const path of readByServer) {
    const name = `soc2lint.${path}`;
    void it(`${name}: default and type agree with the server`, () => {
      const schema = settings[name];
      assert.ok(schema, `${name} contributed`);
      // The contributed default, sent explicitly, gives exactly the server's defaults.
      assert.deepEqual(parseSettings(nested(path, schema.default), knownIds, (m) => assert.fail(m)), defaultSettings());
      const samples = samplesFor(schema);
      assert.ok(samples.length > 0, `${name} has a type the test knows (${schema.type})`);
      for (const value of samples) parseSettings(nested(path, value), knownIds, (m) => assert.fail(`${name} = ${JSON.stringify(value)}: ${m}`));
      assert.equal(schema.scope, path === 'trace.server' ? 'window' : 'resource', `${name} scope`);
    });
  }

  void it('bounds soc2lint.debounceMs as the server clamps it', () => {
    assert.equal(settings['soc2lint.debounceMs']?.minimum, 0);
    assert.equal(settings['soc2lint.debounceMs']?.maximum, MAX_DEBOUNCE_MS);
  });

  void it('soc2lint.rules accepts every registered rule id and only the four settings', () => {
    const schema = settings['soc2lint.rules'];
    assert.ok(schema?.patternProperties);
    assert.equal(schema.additionalProperties, false);
    const [pattern, value] = Object.entries(schema.patternProperties)[0] ?? [];
    assert.ok(pattern && value);
    for (const id of knownIds) assert.match(id, new RegExp(pattern), `${id} is accepted by the settings schema`);
    assert.deepEqual(value.enum, ['off', 'info', 'warning', 'error']);
  });
});

void describe('manifest: workspace trust', () => {
  const trust = manifest.capabilities.untrustedWorkspaces;

  void it('supports untrusted workspaces in limited mode and restricts the settings that could hide findings', () => {
    assert.equal(trust.supported, 'limited');
    assert.ok(trust.description.length > 40);
    for (const name of ['soc2lint.rules', 'soc2lint.exclude', 'soc2lint.trustedRegistries']) assert.ok(trust.restrictedConfigurations.includes(name), `${name} restricted`);
  });

  void it('marks exactly the restricted settings `restricted: true`', () => {
    const marked = Object.entries(settings)
      .filter(([, s]) => s.restricted === true)
      .map(([name]) => name)
      .sort();
    assert.deepEqual(marked, [...trust.restrictedConfigurations].sort());
  });

  void it('passes the trust state to the server and restarts when trust is granted', () => {
    const source = read('client/src/extension.ts');
    assert.match(source, /untrustedWorkspace: !vscode\.workspace\.isTrusted/);
    assert.match(source, /onDidGrantWorkspaceTrust/);
  });
});

void describe('manifest: commands, activation, documents', () => {
  const source = read('client/src/extension.ts');
  const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();

  void it('contributes every command the client registers, with a title, under the soc2lint category', () => {
    assert.deepEqual(registered, ['soc2lint.fixAll', 'soc2lint.restartServer', 'soc2lint.saveComplianceReport', 'soc2lint.showComplianceReport', 'soc2lint.showDocumentation', 'soc2lint.showOutput']);
    const contributed = manifest.contributes.commands;
    assert.deepEqual(contributed.map((c) => c.command).sort(), registered);
    for (const c of contributed) {
      assert.equal(c.category, 'soc2lint', c.command);
      assert.ok(c.title.length > 3, c.command);
    }
  });

  void it('activates on the linted languages and on workspaces holding Dockerfiles, charts or YAML', () => {
    assert.deepEqual(manifest.activationEvents, activationEvents());
    for (const id of ['dockerfile', 'yaml', 'helm', 'json']) assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`), id);
    for (const glob of ['**/Dockerfile', '**/Chart.yaml', '**/*.yaml', '**/*.yml']) assert.ok(manifest.activationEvents.includes(`workspaceContains:${glob}`), glob);
  });

  void it('selects every linted language on disk and unsaved, and Dockerfile names on disk', () => {
    const selector = documentSelector();
    for (const language of LANGUAGE_IDS) {
      assert.ok(selector.some((f) => f.language === language && f.scheme === 'file'), language);
      assert.ok(selector.some((f) => f.language === language && f.scheme === 'untitled'), language);
    }
    for (const pattern of FILE_PATTERNS) assert.ok(selector.some((f) => f.pattern === pattern), pattern);
    for (const name of ['/w/Dockerfile', '/w/Dockerfile.prod', '/w/app.dockerfile', '/w/Containerfile']) assert.ok(FILE_PATTERNS.some((p) => minimatch(name, p)), name);
  });

  void it('runs the bundled extension and server built by scripts/build.mjs', () => {
    assert.equal(manifest.main, './dist/extension.js');
    const build = read('scripts/build.mjs');
    assert.match(build, /in: 'client\/src\/extension\.ts', out: 'dist\/extension\.js'[^\n]*external: \['vscode'\]/);
    assert.match(build, /out: 'dist\/server\.js'/);
    assert.match(source, /asAbsolutePath\('dist\/server\.js'\)/);
    assert.match(source, /TransportKind\.ipc/);
  });
});

void describe('manifest: .soc2lint.yaml schema', () => {
  const validation = manifest.contributes.yamlValidation[0];

  void it('is contributed for .soc2lint.yaml/.yml and up to date with the rule registry', () => {
    assert.ok(validation);
    assert.deepEqual(validation.fileMatch, ['.soc2lint.yaml', '.soc2lint.yml']);
    assert.equal(validation.url, `./${SCHEMA_PATH}`);
    assert.equal(read(SCHEMA_PATH), schemaText(), `${SCHEMA_PATH} is out of date: run \`npm run schema\``);
  });

  void it('accepts and rejects what the config reader accepts and rejects', () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(read(SCHEMA_PATH)) as object);
    const cases = [
      '',
      'rules:\n  K8S003: warning\nexclude: ["vendor/**"]\ndefaultNamespace: default\ntrustedRegistries: [registry.example.com]\n',
      'rules:\n',
      'exclude: vendor/**\n',
      'rules:\n  K8S003: loud\n',
      'rules:\n  NOPE001: off\n',
      'excludes: [a]\n',
      'defaultNamespace: ""\n',
      'exclude: [1]\n',
      '- a\n- b\n',
    ];
    for (const text of cases) {
      let readerAccepts = true;
      try {
        parseConfigText(text, '/w/.soc2lint.yaml');
      } catch {
        readerAccepts = false;
      }
      const data: unknown = text === '' ? null : parseYaml(text);
      assert.equal(validate(data), readerAccepts, `${JSON.stringify(text)}: schema ${JSON.stringify(validate.errors)}`);
    }
  });
});

void describe('manifest: packaging', () => {
  const ignore = read('.vscodeignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  /** vsce semantics: the last matching pattern wins; `!` re-includes. */
  const shipped = (path: string): boolean => ignore.reduce((inVsix, pattern) => (pattern.startsWith('!') ? inVsix || minimatch(path, pattern.slice(1), { dot: true }) : inVsix && !minimatch(path, pattern, { dot: true })), true);

  void it('ships the bundles, grammar, schema, docs, README, LICENSE and icon, and nothing else', () => {
    const wanted = ['package.json', 'README.md', 'LICENSE', manifest.icon, manifest.main.replace(/^\.\//, ''), 'dist/server.js', 'dist/cli.js', 'docs/controls.md', 'docs/rules/README.md', 'docs/rules/K8S002.md', SCHEMA_PATH, ...manifest.contributes.grammars.map((g) => g.path.replace(/^\.\//, ''))];
    for (const path of wanted) {
      assert.ok(shipped(path), `${path} is in the .vsix`);
      assert.ok(existsSync(join(root, path)) || path.startsWith('dist/'), `${path} exists`);
    }
    for (const path of ['dist/server.js.map', 'node_modules/yaml/package.json', 'server/src/lsp/server.ts', 'client/src/extension.ts', 'test/grammar.test.ts', 'scripts/build.mjs', 'examples/demo/Dockerfile', '.ci/run', 'tsconfig.json', 'soc2lint.vsix']) {
      assert.ok(!shipped(path), `${path} is not in the .vsix`);
    }
  });

  void it('packages offline without node_modules, with the tool versions that fit Node 20 and the engine', () => {
    assert.match(manifest.scripts.package ?? '', /^vsce package --no-dependencies -o soc2lint\.vsix$/);
    assert.match(manifest.scripts['vscode:prepublish'] ?? '', /build\.mjs --minify/);
    assert.match(manifest.devDependencies['@vscode/vsce'] ?? '', /^~?3\.9\./);
    // @types/vscode must not describe a newer API than engines.vscode promises (vsce refuses that too).
    assert.equal(manifest.devDependencies['@types/vscode'], manifest.engines.vscode.replace(/^\^/, ''));
    assert.match(manifest.dependencies['vscode-languageclient'] ?? '', /^\^?9\./);
    assert.ok(manifest.repository.url.startsWith('https://'), 'repository (vsce asks for it)');
    assert.ok(manifest.categories.includes('Linters'));
  });

  void it('has a 128x128 PNG icon', () => {
    const png = readFileSync(join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });
});
