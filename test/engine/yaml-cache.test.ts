/**
 * The incremental parse must be indistinguishable from a full parse: same documents, same node
 * offsets, same problems, for every edit of a sequence.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/lint';
import { lintDocument } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/engine/positions';
import { YamlParseCache } from '../../server/src/engine/yaml-cache';
import { parseYaml, walkMaps, type YamlDocument } from '../../server/src/engine/yaml';

/** Every node's range and value, in document order: a fingerprint of the parse. */
function fingerprint(docs: YamlDocument[]): string[] {
  const out: string[] = [];
  docs.forEach((doc, i) => {
    out.push(`doc ${i} ${JSON.stringify(doc.range)} errors=${doc.errors.length}`);
    walkMaps(doc.contents, (map, path) => {
      out.push(`${path.join('.')} ${JSON.stringify(map.range)}`);
      for (const item of map.items) out.push(`  ${JSON.stringify((item.key as { range?: unknown })?.range)} ${JSON.stringify((item.value as { range?: unknown })?.range)}`);
    });
  });
  return out;
}

function check(text: string, cache: YamlParseCache): void {
  const lines = new LineIndex(text);
  const full = parseYaml(text, lines);
  const cached = parseYaml(text, lines, cache);
  assert.deepEqual(fingerprint(cached.docs), fingerprint(full.docs), text);
  assert.deepEqual(cached.problems, full.problems);
}

const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  k: "v${i}"\n`;

void describe('incremental YAML parse', () => {
  void it('matches a full parse across a sequence of edits, and re-parses only the edited document', () => {
    const cache = new YamlParseCache();
    let text = [doc(1), doc(2), doc(3), doc(4)].join('---\n');
    check(text, cache);
    assert.equal(cache.lastParsedChunks, 4);
    // Edit the second document: it alone is re-parsed, later ones shift.
    text = text.replace('name: c2', 'name: c2-longer-name');
    check(text, cache);
    assert.equal(cache.lastParsedChunks, 1);
    // Insert a document at the front; delete one in the middle.
    text = `${doc(0)}---\n${text}`;
    check(text, cache);
    // The new document, and the old first one, which now starts with a `---` line.
    assert.equal(cache.lastParsedChunks, 2);
    text = text.replace(`---\n${doc(3)}`, '');
    check(text, cache);
    assert.equal(cache.lastParsedChunks, 0);
    // Break a document, then repair it.
    text = text.replace('name: c4', 'name: [c4');
    check(text, cache);
    text = text.replace('name: [c4', 'name: c4');
    check(text, cache);
  });

  void it('handles leading comments, directives, empty documents, identical documents and CRLF', () => {
    const cache = new YamlParseCache();
    for (const text of [
      '# header\n---\na: 1\n---\n---\nb: 2\n# trailing\n---\n',
      '%YAML 1.2\n---\na: 1\n...\n---\nb: &x [1]\nc: *x\n',
      `${doc(1)}---\n${doc(1)}---\n${doc(1)}`,
      [doc(1), doc(2)].join('---\n').replace(/\n/g, '\r\n'),
      '--- |\n  literal\n---\nkey: v\n',
      'a: |\n  text\n  --- not a marker when indented\nb: 1\n',
      '',
      '# only a comment\n',
    ]) {
      check(text, cache);
      check(text, cache);
    }
  });

  void it('lint results are identical with and without the cache', () => {
    const cache = new YamlParseCache();
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: x\n    securityContext: {privileged: true}\n---\n${doc(2)}`;
    const withCache = lintDocument({ uri: 'file:///a.yaml', text }, {}, {});
    const parsed = parseDocument({ uri: 'file:///a.yaml', text }, undefined, cache);
    assert.equal(parsed.kind, 'kubernetes');
    const again = parseDocument({ uri: 'file:///a.yaml', text: text.replace('name: p', 'name: pod') }, undefined, cache);
    assert.equal(cache.lastParsedChunks, 1);
    assert.equal(again.objects.length, 2);
    assert.ok(withCache.findings.some((f) => f.ruleId === 'K8S002'));
  });
});
