/**
 * Hostile input and broken rules do not take the built server down: binary content, an alias bomb,
 * a huge file and a rule that throws (injected with SOC2LINT_TEST_THROWING_RULE=1, read by the server
 * entry, never by the engine). After each, the server still answers and still lints. Also checks
 * the `--node-ipc` transport the VS Code client uses.
 */
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { StatusResult } from '../../server/src/lsp/protocol';
import { ensureServerBuilt, LspClient, messageOf, SERVER } from './client';

const PRIVILEGED_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: x\n      securityContext:\n        privileged: true\n';

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n${lines.join('\n')}\n`;
}

void describe('soc2lint language server: robustness', () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: { debounceMs: 0 }, env: { SOC2LINT_TEST_THROWING_RULE: '1' } });
  });
  after(async () => {
    await client.stop();
  });

  async function stillServes(name: string): Promise<void> {
    const status = (await client.connection.sendRequest('soc2lint/status', {})) as StatusResult;
    assert.equal(typeof status.errors, 'number');
    const uri = `file:///robust/${name}-probe.yaml`;
    client.open(uri, PRIVILEGED_POD);
    const ds = await client.diagnostics(uri, { version: 1 });
    assert.ok(ds.some((d) => d.code === 'K8S002'), `still lints after ${name}`);
    client.close(uri);
  }

  void it('a throwing rule is logged and skipped; the other rules still report', async () => {
    const uri = 'file:///robust/pod.yaml';
    client.open(uri, PRIVILEGED_POD);
    const ds = await client.diagnostics(uri, { version: 1 });
    assert.ok(ds.some((d) => d.code === 'K8S002'));
    await client.waitUntil(() => client.logs.some((l) => l.type === 1 && /rule TEST999 failed on pod\.yaml/.test(l.message)), 'the rule error in the log');
    const status = (await client.connection.sendRequest('soc2lint/status', {})) as StatusResult;
    assert.ok(status.ruleErrors >= 1);
    // Logged once per rule and file, not on every keystroke.
    client.replaceAll(uri, PRIVILEGED_POD + '# edit\n');
    await client.diagnostics(uri, { version: 2 });
    assert.equal(client.logs.filter((l) => /TEST999/.test(l.message)).length, 1);
  });

  void it('binary content is skipped quietly', async () => {
    const uri = 'file:///robust/binary.yaml';
    client.open(uri, 'apiVersion: v1\u0000\u0001\u0002kind: Pod\n\uFFFD\uFFFD');
    assert.deepEqual(await client.diagnostics(uri, { version: 1 }), []);
    await stillServes('binary');
  });

  void it('an alias bomb is linted without expanding it', async () => {
    const uri = 'file:///robust/bomb.yaml';
    const started = Date.now();
    client.open(uri, aliasBomb());
    await client.diagnostics(uri, { version: 1 });
    assert.ok(Date.now() - started < 5000, 'answered quickly');
    await stillServes('alias-bomb');
  });

  void it('a huge file is skipped with a note, not linted', async () => {
    const uri = 'file:///robust/huge.yaml';
    const text = PRIVILEGED_POD + '# padding\n'.repeat(250_000);
    client.open(uri, text);
    const ds = await client.diagnostics(uri, { version: 1, timeoutMs: 20_000 });
    assert.equal(ds.length, 1);
    assert.match(messageOf(ds[0]!), /skipped this file: it is larger than/);
    await stillServes('huge');
  });

  void it('malformed YAML, Dockerfile garbage and deep nesting give diagnostics, not crashes', async () => {
    const cases: [string, string, string][] = [
      ['file:///robust/tabs.yaml', 'apiVersion: v1\nkind: Pod\n\tmetadata: {name: [\n', 'yaml'],
      ['file:///robust/Dockerfile', 'FROM\nRUN \\\n\\\nUSER\n\u0007\nARG ${x:-${y:-${z\n', 'dockerfile'],
      ['file:///robust/deep.yaml', `apiVersion: v1\nkind: Pod\nspec: ${'['.repeat(2000)}${']'.repeat(2000)}\n`, 'yaml'],
      ['file:///robust/empty.json', '', 'json'],
    ];
    for (const [uri, text, lang] of cases) {
      client.open(uri, text, lang);
      await client.diagnostics(uri, { version: 1 });
    }
    await stillServes('garbage');
    assert.equal(client.proc.exitCode, null);
  });
});

void describe('soc2lint language server: --node-ipc transport', () => {
  void it('initializes over Node IPC, as the VS Code client starts it', async () => {
    ensureServerBuilt();
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { capabilities: { textDocumentSync: { change: number } }; serverInfo: { name: string } };
      assert.equal(result.serverInfo.name, 'soc2lint');
      assert.equal(result.capabilities.textDocumentSync.change, 2);
      await connection.sendRequest('shutdown');
      void connection.sendNotification('exit');
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
      });
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
