/**
 * Placement of the comments inserted by the "Suppress <ID>" code actions (server/src/lsp/suppress.ts),
 * checked in-process, and checked against the engine: the inserted comment must cover the line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes';
import { parseDocument } from '../../server/src/engine/lint';
import { directiveApplies, parseSuppressions } from '../../server/src/engine/suppressions';
import type { FileKind, Range } from '../../server/src/engine/types';
import { minimalEdit } from '../../server/src/lsp/code-actions';
import { fileSuppressionEdit, lineSuppressionEdit } from '../../server/src/lsp/suppress';

function at(line: number, character: number, endCharacter = character + 1): Range {
  return { start: { line, character }, end: { line, character: endCharacter } };
}

function suppressLine(text: string, kind: FileKind, range: Range, id = 'K8S002'): string {
  const parsed = parseDocument({ uri: kind === 'dockerfile' ? 'Dockerfile' : 'x.yaml', text, kind });
  return applyEdits(text, [lineSuppressionEdit(parsed.lines, parsed.kind, parsed.dockerfile, range, id)]);
}

/** Whether a suppression for `id` in `text` covers `line` (after insertion). */
function covers(inserted: string, kind: FileKind, line: number, id: string): boolean {
  // As the user would: replace the placeholder with a real reason first.
  const text = inserted.replace('<reason>', 'accepted, ticket SEC-1');
  const parsed = parseDocument({ uri: kind === 'dockerfile' ? 'Dockerfile' : 'x.yaml', text, kind });
  return parseSuppressions(parsed.lines, parsed.kind, parsed.dockerfile).some((d) => directiveApplies(d, id, line, '2025-01-01'));
}

void describe('suppression comment placement', () => {
  void it('YAML: above the line, at its indentation', () => {
    const text = 'spec:\n  containers:\n    - name: a\n      securityContext:\n        privileged: true\n';
    const out = suppressLine(text, 'kubernetes', at(4, 20, 24));
    assert.equal(out, 'spec:\n  containers:\n    - name: a\n      securityContext:\n        # soc2lint-ignore K8S002: <reason>\n        privileged: true\n');
    assert.ok(covers(out, 'kubernetes', 5, 'K8S002'));
  });

  void it('YAML sequence item: indented to the dash, covering the whole item', () => {
    const text = 'spec:\n  containers:\n    - name: a\n      image: x\n    - name: b\n';
    const out = suppressLine(text, 'kubernetes', at(2, 6, 10), 'K8S003');
    assert.equal(out, 'spec:\n  containers:\n    # soc2lint-ignore K8S003: <reason>\n    - name: a\n      image: x\n    - name: b\n');
    assert.ok(covers(out, 'kubernetes', 3, 'K8S003'));
    assert.ok(covers(out, 'kubernetes', 4, 'K8S003'));
    assert.ok(!covers(out, 'kubernetes', 5, 'K8S003'), 'the next item stays linted');
  });

  void it('keeps CRLF line breaks and tabs', () => {
    const out = suppressLine('a:\r\n\tb: 1\r\n', 'kubernetes', at(1, 4));
    assert.equal(out, 'a:\r\n\t# soc2lint-ignore K8S002: <reason>\r\n\tb: 1\r\n');
  });

  void it('Dockerfile: above the first line of a continued instruction', () => {
    const text = 'FROM alpine:3.20\nRUN apk add curl \\\n    && curl -fsSL http://x | sh\nUSER 10001\n';
    const out = suppressLine(text, 'dockerfile', at(2, 7, 11), 'DF002');
    assert.equal(out, 'FROM alpine:3.20\n# soc2lint-ignore DF002: <reason>\nRUN apk add curl \\\n    && curl -fsSL http://x | sh\nUSER 10001\n');
    assert.ok(covers(out, 'dockerfile', 3, 'DF002'));
  });

  void it('file scope: after leading comments and parser directives', () => {
    const docker = '# syntax=docker/dockerfile:1\n# escape=\\\n# Build the API\nFROM alpine\n';
    const parsed = parseDocument({ uri: 'Dockerfile', text: docker });
    assert.equal(applyEdits(docker, [fileSuppressionEdit(parsed.lines, 'DF001')]), '# syntax=docker/dockerfile:1\n# escape=\\\n# Build the API\n# soc2lint-ignore-file DF001: <reason>\nFROM alpine\n');
    const yaml = 'apiVersion: v1\nkind: Pod\n';
    assert.equal(applyEdits(yaml, [fileSuppressionEdit(parseDocument({ uri: 'p.yaml', text: yaml }).lines, 'K8S001')]), '# soc2lint-ignore-file K8S001: <reason>\napiVersion: v1\nkind: Pod\n');
    const onlyComments = '# nothing yet';
    assert.equal(applyEdits(onlyComments, [fileSuppressionEdit(parseDocument({ uri: 'p.yaml', text: onlyComments }).lines, 'K8S001')]), '# nothing yet\n# soc2lint-ignore-file K8S001: <reason>');
  });
});

void describe('minimal fix-all edit', () => {
  const cases: [string, string][] = [
    ['abc', 'abc'],
    ['a: 1\nb: 2\n', 'a: 1\nb: 3\n'],
    ['x\r\ny\r\n', 'x\r\nz\r\ny\r\n'],
    ['😀a', '😁a'],
    ['', 'new'],
    ['old', ''],
  ];
  for (const [before, after] of cases) {
    void it(`${JSON.stringify(before)} -> ${JSON.stringify(after)}`, () => {
      assert.equal(applyEdits(before, [minimalEdit(before, after)]), after);
    });
  }
});
