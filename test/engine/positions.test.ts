import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/engine/positions';
import { lintDocument } from '../../server/src/engine/lint';

void describe('LineIndex', () => {
  void it('maps LF, CRLF and lone CR line breaks like LSP clients', () => {
    const li = new LineIndex('a\nbb\r\nccc\rd');
    assert.equal(li.lineCount, 4);
    assert.deepEqual(li.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(li.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(li.positionAt(4), { line: 1, character: 2 });
    assert.deepEqual(li.positionAt(6), { line: 2, character: 0 });
    assert.deepEqual(li.positionAt(10), { line: 3, character: 0 });
    assert.equal(li.lineText(1), 'bb');
    assert.equal(li.lineText(2), 'ccc');
    assert.equal(li.offsetAt({ line: 2, character: 1 }), 7);
    assert.equal(li.offsetAt({ line: 1, character: 99 }), 4, 'clamps to the line end, before the CRLF');
  });
  void it('counts astral characters as two UTF-16 units', () => {
    const text = 'k: "😀x"\n';
    const li = new LineIndex(text);
    assert.deepEqual(li.positionAt(text.indexOf('x')), { line: 0, character: 6 });
  });
  void it('round-trips every offset', () => {
    const text = '\uFEFFa: 1\r\n\tb\n😀\r\n\n';
    const li = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      const p = li.positionAt(o);
      const back = li.offsetAt(p);
      // Offsets inside a CRLF pair map to the line end.
      assert.ok(back === o || (text[o - 1] === '\r' && text[o] === '\n' && back === o - 1), `offset ${o}`);
    }
  });
  void it('uses the file line break for insertions', () => {
    assert.equal(new LineIndex('a\r\nb\r\n').eol, '\r\n');
    assert.equal(new LineIndex('a\nb\n').eol, '\n');
  });
});

void describe('exact ranges through the parsers', () => {
  const privileged = (eol: string, prefix = '') =>
    [`${prefix}apiVersion: v1`, 'kind: Pod', 'metadata:', '  name: "😀pod"', 'spec:', '  containers:', '    - name: a', '      image: x', '      securityContext:', '        privileged: true', ''].join(eol);
  const invalidYaml = (eol: string, prefix = '') => [`${prefix}apiVersion: v1`, 'kind: Pod', 'metadata: [', ''].join(eol);

  for (const [label, eol, prefix] of [['LF', '\n', ''], ['CRLF', '\r\n', ''], ['BOM+CRLF', '\r\n', '\uFEFF']] as const) {
    void it(`YAML parse problems land on the right line and column (${label})`, () => {
      const r = lintDocument({ uri: 'file:///x.yaml', text: invalidYaml(eol, prefix), kind: 'kubernetes' });
      assert.ok(r.parseProblems.length > 0);
      assert.equal(r.findings.find((f) => f.ruleId === 'SL001')?.range.start.line, 3);
    });
    void it(`suppression directive ranges are exact (${label})`, () => {
      const text = [`${prefix}FROM alpine`, '  # soc2lint-ignore DF001', 'CMD ["x"]', ''].join(eol);
      const r = lintDocument({ uri: 'file:///Dockerfile', text });
      const f = r.findings.find((x) => x.ruleId === 'SL002');
      assert.deepEqual(f?.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 25 } });
    });
    void it(`a multi-document file keeps absolute offsets (${label})`, () => {
      const text = privileged(eol, prefix) + '---' + eol + privileged(eol);
      const r = lintDocument({ uri: 'file:///x.yaml', text, kind: 'kubernetes' });
      assert.deepEqual(r.parseProblems, []);
    });
  }
});
