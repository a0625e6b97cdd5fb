/** Which namespaces a file's new facts change, and which files that re-lints (server/src/lsp/facts.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYaml } from '../../server/src/engine/yaml';
import { LineIndex } from '../../server/src/engine/positions';
import { extractFacts, WorkspaceIndex } from '../../server/src/engine/workspace-index';
import { filesWithFactsIn, updateFacts } from '../../server/src/lsp/facts';

const facts = (uri: string, text: string) => extractFacts(uri, parseYaml(text, new LineIndex(text)).docs, 'default');
const pod = (ns: string, label: string, image = 'x') => `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ${ns}, labels: {app: ${label}}}\nspec:\n  containers: [{name: a, image: ${image}}]\n`;
const account = (ns: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa, namespace: ${ns}}\n`;

void describe('updateFacts / filesWithFactsIn', () => {
  void it('reports the namespaces whose facts changed, of any kind, and nothing for an edit that changes no fact', () => {
    const index = new WorkspaceIndex();
    assert.deepEqual([...updateFacts(index, '/a.yaml', facts('/a.yaml', pod('shop', 'web')))], ['shop']);
    assert.deepEqual([...updateFacts(index, '/a.yaml', facts('/a.yaml', pod('shop', 'web', 'y')))], [], 'image is not a fact');
    assert.deepEqual([...updateFacts(index, '/a.yaml', facts('/a.yaml', pod('shop', 'api')))], ['shop'], 'labels are');
    assert.deepEqual([...updateFacts(index, '/a.yaml', facts('/a.yaml', pod('pay', 'api')))].sort(), ['pay', 'shop'], 'moved: both namespaces');
    assert.deepEqual([...updateFacts(index, '/b.yaml', facts('/b.yaml', account('shop')))], ['shop']);
    assert.deepEqual([...updateFacts(index, '/b.yaml', undefined)], ['shop'], 'removed');
    assert.deepEqual([...updateFacts(index, '/b.yaml', undefined)], [], 'nothing to remove');
  });

  void it('finds the files holding facts in a namespace; a change in every namespace reaches every file', () => {
    const index = new WorkspaceIndex();
    updateFacts(index, '/a.yaml', facts('/a.yaml', pod('shop', 'web')));
    updateFacts(index, '/b.yaml', facts('/b.yaml', account('pay')));
    updateFacts(index, '/c.yaml', facts('/c.yaml', account('shop')));
    assert.deepEqual([...filesWithFactsIn(index, new Set(['shop']))].sort(), ['/a.yaml', '/c.yaml']);
    const generator = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nconfigMapGenerator:\n  - name: settings\n';
    const changed = updateFacts(index, '/k.yaml', facts('/k.yaml', generator));
    assert.deepEqual([...changed], ['*']);
    assert.deepEqual([...filesWithFactsIn(index, changed)].sort(), ['/a.yaml', '/b.yaml', '/c.yaml', '/k.yaml']);
  });
});
