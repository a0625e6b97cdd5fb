/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DOCKERFILE, extension, open, waitFor } from './helpers';

describe('activation', () => {
  it('activates when a Dockerfile is opened', async () => {
    const ext = extension();
    await open(DOCKERFILE);
    await waitFor('the extension to activate', () => ext.isActive, 30_000);
    await ext.activate(); // resolves at once when active; throws if activation failed
    assert.equal(ext.isActive, true);
  });

  it('registers every command it contributes', async () => {
    const pkg = extension().packageJSON as { contributes?: { commands?: { command: string }[] } };
    const contributed = (pkg.contributes?.commands ?? []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed commands without a handler');
  });
});
