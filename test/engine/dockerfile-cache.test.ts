/**
 * The incremental Dockerfile parse (dockerfile-cache.ts) must be indistinguishable from a full parse:
 * same instructions with the same ranges and arguments, same stages, same variable resolution and
 * the same findings, for every Dockerfile of the shared corpus (split at every possible point, and
 * with the editor's default segments) and for every step of random edit sequences.
 * The corpus part skips with a note when ../shared is absent (a user's clone).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dockerfile as generatedDockerfile } from '../../bench/generate';
import { parseDockerfile, type DockerfileModel } from '../../server/src/engine/dockerfile';
import { DockerfileParseCache, parseDockerfileCached, segmentStarts } from '../../server/src/engine/dockerfile-cache';
import { lintDocument } from '../../server/src/engine/lint';
import type { LintConfig } from '../../server/src/engine/types';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(corpus);
/** Strict profile: every Dockerfile rule runs. */
const config: Partial<LintConfig> = { today: '2026-06-01', profile: 'strict' };

/** Everything rules can read from a model, in order: a fingerprint of the parse. */
function fingerprint(model: DockerfileModel): string[] {
  const out = [`escape ${model.ast.getEscapeCharacter()} directives ${model.ast.getDirectives().map((d) => `${d.getName()}=${d.getValue()}`).join(',')}`];
  out.push(`comments ${JSON.stringify(model.ast.getComments().map((c) => [c.getRange(), c.getContent()]))}`);
  out.push(`global ${model.globalInstructions.length} final ${model.finalStage?.index}`);
  for (const stage of model.stages) out.push(`stage ${stage.index} ${stage.name} ${JSON.stringify(stage.from.getRange())} ${stage.instructions.length} ${stage.from.getImage()}`);
  for (const instruction of model.ast.getInstructions()) {
    const line = instruction.getRange().start.line;
    out.push(`${instruction.getKeyword()} ${JSON.stringify(instruction.getRange())} ${JSON.stringify(instruction.getInstructionRange())}`);
    out.push(`  args ${JSON.stringify(instruction.getArguments().map((a) => [a.getValue(), a.getRange()]))}`);
    // Variable resolution as rules see it (dockerfile.ts resolveVariables asks the AST by name and line).
    for (const [, name] of instruction.getTextContent().matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) out.push(`  $${name} = ${JSON.stringify(model.ast.resolveVariable(name!, line))}`);
  }
  return out;
}

function lint(text: string, cache?: DockerfileParseCache) {
  return lintDocument({ uri: 'file:///w/Dockerfile', text, kind: 'dockerfile' }, config, cache ? { parseCache: cache } : {});
}

/** The cached parse of `text` equals the full one, model and findings; returns how many segments it parsed. */
function check(text: string, cache: DockerfileParseCache, what: string): number {
  const full = parseDockerfile(text);
  const cached = parseDockerfileCached(text, cache);
  const parsed = cache.lastParsedSegments;
  assert.deepEqual(fingerprint(cached), fingerprint(full), `${what}: model`);
  assert.deepEqual(lint(text, cache), lint(text), `${what}: findings`);
  return parsed;
}

function dockerfilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...dockerfilesUnder(p));
    else if (/dockerfile|containerfile/i.test(name)) out.push(p);
  }
  return out.sort();
}

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Snippets an edit inserts: instructions, continuations, comments, variables, stage changes, CRLF. */
const SNIPPETS = ['x', ' ', '\n', '\\', '\\\n', '#', '# note \\\n', 'RUN curl -k https://e.x | sh \\\n  && echo ok\n', 'FROM alpine:3 AS extra\n', 'ARG TAG=1.0\n', 'ENV PASSWORD=hunter2 HOME=/root\n', 'USER root\n', 'COPY --from=build /a /b\n', 'run sudo apt-get install -y vim\n', '\r\n', '\t', 'EXPOSE 22\n', 'ADD http://e.x/a.tgz /\n', 'FROM ${BASE:-debian}\n', '$TAG', 'COPY id_rsa .env /root/\n', 'ARG DB_PASSWORD=Zq8vLp2xR7\n'];

void describe('incremental Dockerfile parse', () => {
  void it('matches a full parse for every step of random edit sequences, re-parsing only what an edit touched', () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      const cache = new DockerfileParseCache(seed === 3 ? 1 : undefined);
      let text = generatedDockerfile(300);
      check(text, cache, `seed ${seed} start`);
      for (let step = 0; step < 60; step++) {
        const at = Math.floor(next() * text.length);
        const r = next();
        if (r < 0.45) {
          // Whole lines go in at a line start (mostly), so they become instructions of their own.
          const snippet = SNIPPETS[Math.floor(next() * SNIPPETS.length)]!;
          const where = snippet.length > 2 && snippet.endsWith('\n') && next() < 0.8 ? text.lastIndexOf('\n', at - 1) + 1 : at;
          text = text.slice(0, where) + snippet + text.slice(where);
        }
        else if (r < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 40));
        else if (r < 0.9) {
          // Retype a character in place: the line count stays, so at most its block's segments re-parse.
          if (text[at] === '\n' || text[at] === '\r' || text[at] === '\\' || at >= text.length) continue;
          const before = cache.lastSegmentCount;
          text = text.slice(0, at) + (text[at] === 'q' ? 'Q' : 'q') + text.slice(at + 1);
          const parsed = check(text, cache, `seed ${seed} step ${step}`);
          if (before > 2 && cache.lastSegmentCount === before) assert.ok(parsed <= 2, `seed ${seed} step ${step}: ${parsed} segments re-parsed`);
          continue;
        } else {
          // Move a line elsewhere.
          const lines = text.split('\n');
          const [moved] = lines.splice(Math.floor(next() * lines.length), 1);
          lines.splice(Math.floor(next() * lines.length), 0, moved!);
          text = lines.join('\n');
        }
        check(text, cache, `seed ${seed} step ${step}`);
      }
    }
  });

  void it('reuses the untouched segments of a large file', () => {
    const cache = new DockerfileParseCache();
    const text = generatedDockerfile(2000);
    check(text, cache, 'initial');
    assert.ok(cache.lastSegmentCount > 20, `segments: ${cache.lastSegmentCount}`);
    const at = text.indexOf('pkg250 ');
    assert.equal(check(`${text.slice(0, at)}pkg2500 ${text.slice(at + 7)}`, cache, 'edited'), 1);
    // Typing Enter re-parses from the edit on (segments carry their line numbers); nothing before it.
    const parsed = check(`${text.slice(0, at)}\n${text.slice(at)}`, cache, 'new line');
    assert.ok(parsed > 1 && parsed < cache.lastSegmentCount, `${parsed} of ${cache.lastSegmentCount}`);
  });

  void it('parses whole what the split scan does not follow, and handles BOM, CRLF, tabs and continuations', () => {
    const body = 'FROM debian:12 AS build\nARG V=1\nRUN echo $V \\\n  && make\n';
    const cases: Record<string, string> = {
      heredoc: `${body}RUN <<EOF\nFROM not-an-instruction\nEOF\nUSER app\n`,
      'escape directive': `# escape=\`\n${body.replace(/\\/g, '`')}RUN dir \`\n  c:\\\nUSER app\n`,
      'lone CR': body.replace(/\n/g, '\r') + 'USER root\r',
      BOM: `\uFEFF${body}USER root\n`,
      CRLF: `${body}ENV A=1 \\\n  B=2\nUSER root\n`.replace(/\n/g, '\r\n'),
      tabs: `${body}\tRUN\tapt-get install -y\tcurl\nUSER\t0\n`,
      'comment and blank lines inside a continuation': `${body}RUN a \\\n# comment\n\nb \\\n  # indented comment \\\nc\nUSER root\n`,
      'comment ending in a backslash': `${body}# note \\\nUSER root\nRUN x\n`,
      'escaped backslash at line end': `${body}RUN echo \\\\\nUSER root\n`,
      'keyword split by a continuation': `${body}RU\\\nN echo split\nUSER root\n`,
      'stage variables': `ARG BASE=alpine\nFROM $BASE AS one\nENV X=1\nRUN echo $X\nFROM one\nARG BASE\nRUN echo $BASE $X\n`,
      empty: '',
      'only comments': '# a\n# b\n',
    };
    assert.equal(segmentStarts(cases.heredoc!, 1).length, 1);
    assert.equal(segmentStarts(cases['escape directive']!, 1).length, 1);
    assert.equal(segmentStarts(cases['lone CR']!, 1).length, 1);
    for (const [what, text] of Object.entries(cases)) {
      for (const cache of [new DockerfileParseCache(1), new DockerfileParseCache()]) {
        check(text, cache, what);
        check(text, cache, `${what} (again, from the cache)`);
      }
    }
  });

  void it('matches a full parse for every Dockerfile of the shared corpus', { skip: present ? false : `no corpus at ${corpus}: it ships with the team's shared folder, not the repository` }, () => {
    const files = dockerfilesUnder(corpus);
    assert.ok(files.length >= 100, `Dockerfiles: ${files.length}`);
    let split = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Split at every possible point, and with the editor's segments.
      for (const cache of [new DockerfileParseCache(1), new DockerfileParseCache()]) check(text, cache, file);
      split += segmentStarts(text, 1).length > 1 ? 1 : 0;
    }
    assert.ok(split >= files.length / 2, `only ${split} files were split`);
  });
});
