import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyPath, isDockerfileName } from '../../server/src/engine/classify';
import { parseDocument } from '../../server/src/engine/lint';

void describe('classification', () => {
  void it('recognises Dockerfile names in any case', () => {
    for (const n of ['Dockerfile', 'dockerfile', 'DOCKERFILE', 'Containerfile', 'api.dockerfile', 'Dockerfile.prod', 'dockerfile.dev', 'web.Dockerfile', 'Containerfile.arm64']) assert.ok(isDockerfileName(n), n);
    for (const n of ['Dockerfile.md'.replace('.md', '') + 'x', 'docker-compose.yml', 'dockerfiles', 'README.md']) assert.ok(!isDockerfileName(n), n);
  });
  void it('classifies by path, with Helm chart context', () => {
    assert.equal(classifyPath('/a/b/Dockerfile'), 'dockerfile');
    assert.equal(classifyPath('file:///a/deploy.yaml'), 'maybe-kubernetes');
    assert.equal(classifyPath('C:\\repo\\pod.json'), 'maybe-kubernetes');
    assert.equal(classifyPath('/c/values.yaml', { chartRelativePath: 'values.yaml' }), 'helm-values');
    assert.equal(classifyPath('/c/values-prod.yml', { chartRelativePath: 'values-prod.yml' }), 'helm-values');
    assert.equal(classifyPath('/c/templates/deploy.yaml', { chartRelativePath: 'templates/deploy.yaml' }), 'helm-template');
    assert.equal(classifyPath('/c/templates/_helpers.tpl', { chartRelativePath: 'templates/_helpers.tpl' }), 'helm-template');
    assert.equal(classifyPath('/c/Chart.yaml', { chartRelativePath: 'Chart.yaml' }), 'ignored');
    assert.equal(classifyPath('/c/README.md'), 'ignored');
  });
  void it('classifies YAML by content: manifests, List, other YAML, JSON', () => {
    const kind = (uri: string, text: string) => parseDocument({ uri, text }).kind;
    assert.equal(kind('file:///a.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n'), 'kubernetes');
    assert.equal(kind('file:///a.yaml', 'name: ci\non: push\n'), 'ignored');
    assert.equal(kind('file:///a.yaml', 'kind: Foo\n'), 'ignored');
    assert.equal(kind('file:///a.yaml', '# c\n---\nfoo: 1\n---\napiVersion: v1\nkind: Pod\n'), 'kubernetes');
    assert.equal(kind('file:///a.yaml', 'apiVersion: v1\nkind: List\nitems: []\n'), 'kubernetes');
    assert.equal(kind('file:///a.json', '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}'), 'kubernetes');
    assert.equal(kind('file:///package.json', '{"name": "x", "version": "1.0.0"}'), 'ignored');
  });
});
