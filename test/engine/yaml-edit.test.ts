import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes';
import { LineIndex } from '../../server/src/engine/positions';
import { asMap, asSeq, getMapAt, getPair, parseYaml } from '../../server/src/engine/yaml';
import { insertIntoMap, removeSeqItem, setPath } from '../../server/src/engine/yaml-edit';

function root(text: string) {
  const lines = new LineIndex(text);
  const yaml = parseYaml(text, lines);
  assert.deepEqual(yaml.problems, []);
  return { lines, map: asMap(yaml.docs[0]!.contents)! };
}

function parsesClean(text: string): void {
  assert.deepEqual(parseYaml(text, new LineIndex(text)).problems, [], text);
}

void describe('yaml-edit', () => {
  void it('fills an empty flow map nested in another flow map (not the outer brace)', () => {
    const text = 'a: {sc: {}}\n';
    const { lines, map } = root(text);
    const out = applyEdits(text, [insertIntoMap(lines, getMapAt(map, 'a', 'sc')!, { x: '1' })]);
    assert.equal(out, 'a: {sc: {x: 1}}\n');
  });

  void it('appends to a flow map after its last entry, keeping the spacing', () => {
    const text = 'a: { b: 1 }\n';
    const { lines, map } = root(text);
    assert.equal(applyEdits(text, [insertIntoMap(lines, getMapAt(map, 'a')!, { c: '2' })]), 'a: { b: 1, c: 2 }\n');
  });

  void it('inserts before the first entry with `start`', () => {
    const text = 'a:\n  # lead\n  b: 1\n  c: 2\n';
    const { lines, map } = root(text);
    assert.equal(applyEdits(text, [insertIntoMap(lines, getMapAt(map, 'a')!, { z: '0' }, 'start')]), 'a:\n  # lead\n  z: 0\n  b: 1\n  c: 2\n');
  });

  void it('setPath creates missing maps, fills `key:` and `key: null` without trailing blanks', () => {
    const cases: [string, string][] = [
      ['c:\n  name: a\n', 'c:\n  name: a\n  sc:\n    flag: false\n'],
      ['c:\n  sc:\n  name: a\n', 'c:\n  sc:\n    flag: false\n  name: a\n'],
      ['c:\n  sc: null # none\n', 'c:\n  sc:\n    flag: false # none\n'],
      ['c:\n  sc:\n    flag:\n', 'c:\n  sc:\n    flag: false\n'],
      ['c:\n  sc:\n    flag: true\n', 'c:\n  sc:\n    flag: false\n'],
    ];
    for (const [text, expected] of cases) {
      const { lines, map } = root(text);
      const edit = setPath(lines, getMapAt(map, 'c')!, ['sc', 'flag'], 'false');
      assert.ok(edit, text);
      const out = applyEdits(text, [edit]);
      assert.equal(out, expected);
      parsesClean(out);
    }
  });

  void it('setPath refuses to write through a list or a string', () => {
    const { lines, map } = root('c:\n  sc: [1]\n  other: text\n');
    assert.equal(setPath(lines, getMapAt(map, 'c')!, ['sc', 'flag'], 'false'), undefined);
    assert.equal(setPath(lines, getMapAt(map, 'c')!, ['other', 'flag'], 'false'), undefined);
  });

  void it('removeSeqItem handles block and flow lists, first, middle, last and only items', () => {
    const cases: [string, number, string][] = [
      ['add:\n- A\n- B\n- C\nx: 1\n', 1, 'add:\n- A\n- C\nx: 1\n'],
      ['add:\n- A\n- B # why\n', 1, 'add:\n- A\n'],
      ['add:\n- A\n- B', 1, 'add:\n- A'],
      ['add:\n  - B\nx: 1\n', 0, 'add: []\nx: 1\n'],
      ['add: [A, B, C]\n', 0, 'add: [B, C]\n'],
      ['add: [A, B, C]\n', 2, 'add: [A, B]\n'],
      ['add: ["B"]\n', 0, 'add: []\n'],
    ];
    for (const [text, index, expected] of cases) {
      const { lines, map } = root(text);
      const pair = getPair(map, 'add')!;
      const edit = removeSeqItem(lines, asSeq(pair.value)!, index, pair);
      assert.ok(edit, text);
      const out = applyEdits(text, [edit]);
      assert.equal(out, expected);
      parsesClean(out);
    }
  });

  void it('removeSeqItem gives up when a comment sits between the key and the only item', () => {
    const text = 'add:\n  # keep me\n  - B\n';
    const { lines, map } = root(text);
    const pair = getPair(map, 'add')!;
    assert.equal(removeSeqItem(lines, asSeq(pair.value)!, 0, pair), undefined);
  });
});
