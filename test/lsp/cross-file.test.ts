/**
 * Cross-file re-lint driven by the index facts, over a real stdio connection: a change to one
 * file's facts (workload labels, a ServiceAccount or Secret added or removed) re-lints the other
 * open files whose cross-file findings depend on that namespace (WS002, WS004, WS005), and an edit
 * that changes no fact re-lints nothing else.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { serverOnTree, messageOf, uriOf } from './client';

const has = (id: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === id);
const lacks = (id: string) => (ds: Diagnostic[]) => !ds.some((d) => d.code === id);

const DEPLOYMENT = (label: string, image = 'nginx:1.27') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels:
        app: ${label}
    spec:
      serviceAccountName: web
      containers:
        - name: app
          image: ${image}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: db, key: password}
`;
const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: web
  policyTypes: [Ingress]
`;
const ACCOUNT = (name: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: shop\n`;
const SECRET = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: shop\ntype: Opaque\n`;

void describe('soc2lint language server: cross-file re-lint from index facts', () => {
  // On disk only: the namespace's ServiceAccounts and Secrets are managed in this repository.
  const server = serverOnTree({ 'k8s/shared.yaml': `${ACCOUNT('api')}---\n${SECRET('api-token')}` });
  const file = (rel: string) => server.file(rel);

  void it("editing a workload's labels in one file makes WS002 on a policy in another file appear and disappear", async () => {
    const workload = uriOf(file('k8s/deployment.yaml'));
    const policy = uriOf(file('k8s/policy.yaml'));
    server.client.open(workload, DEPLOYMENT('web'));
    server.client.open(policy, POLICY);
    await server.client.diagnostics(policy, { version: 1, test: lacks('WS002') });

    let since = server.client.mark();
    server.client.replaceAll(workload, DEPLOYMENT('web-v2'));
    const dangling = await server.client.diagnostics(policy, { since, test: has('WS002') });
    assert.match(messageOf(dangling.find((d) => d.code === 'WS002')!), /selects no workload in namespace "shop"/);
    assert.equal(server.client.latest(policy)!.version, 1, 'the policy is re-linted at its own version');

    since = server.client.mark();
    server.client.replaceAll(workload, DEPLOYMENT('web'));
    await server.client.diagnostics(policy, { since, test: lacks('WS002') });

    // An edit that changes no fact (the image) leaves the policy alone.
    since = server.client.mark();
    server.client.replaceAll(workload, DEPLOYMENT('web', 'nginx:1.28'));
    await server.client.diagnostics(workload, { since, version: 4 });
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!server.client.publishes.some((p) => p.seq >= since && p.uri === policy), 'no re-lint of the policy');
    server.client.close(policy);
  });

  void it('adding a ServiceAccount or Secret in one file clears WS004/WS005 in another open file, removing it brings them back', async () => {
    const workload = uriOf(file('k8s/deployment.yaml'));
    await server.client.diagnostics(workload, { test: (d) => has('WS004')(d) && has('WS005')(d) });

    let since = server.client.mark();
    const accounts = uriOf(file('k8s/accounts.yaml'));
    server.client.open(accounts, ACCOUNT('web'));
    const afterAccount = await server.client.diagnostics(workload, { since, test: lacks('WS004') });
    assert.ok(afterAccount.some((d) => d.code === 'WS005'), 'the Secret is still missing');

    since = server.client.mark();
    server.client.replaceAll(accounts, `${ACCOUNT('web')}---\n${SECRET('db')}`);
    await server.client.diagnostics(workload, { since, test: (d) => lacks('WS004')(d) && lacks('WS005')(d) });

    // Closing the unsaved file: the disk (no such file) is the truth again.
    since = server.client.mark();
    server.client.close(accounts);
    await server.client.diagnostics(workload, { since, test: (d) => has('WS004')(d) && has('WS005')(d) });

    // Saved on disk and reported by the watcher: counts as well.
    since = server.client.mark();
    writeFileSync(file('k8s/accounts.yaml'), ACCOUNT('web'));
    void server.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: accounts, type: 1 }] });
    await server.client.diagnostics(workload, { since, test: lacks('WS004') });
  });
});
